package main

import (
	"context"
	"errors"
)

func runExtract(ctx context.Context, env *env, args []string) error {
	return errors.New("extract: not yet")
}
