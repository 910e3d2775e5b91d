package ingest

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"rasad/internal/article"
)

// Input is one file's bytes and the name that errors and documents give it:
// a path, "archive.zip:member.json", or "standard input".
type Input struct {
	Name string
	Data []byte
	// ModTime is when the file or zip member was last modified, zero when
	// unknown (standard input).
	ModTime time.Time
}

// Walk calls fn with each input that paths name (each at most maxBytes), in order: a file as it is,
// a folder recursively (hidden files and folders skipped, names in lexical
// order), the members of a .zip archive, and "-" for stdin. A path that
// cannot be read is passed to fn as an error naming it and the walk goes on;
// fn's own error stops the walk and is returned.
func Walk(ctx context.Context, paths []string, stdin io.Reader, maxBytes int64, fn func(Input, error) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case p == "-":
			err = emit(fn, Input{Name: "standard input"}, stdin, maxBytes)
		default:
			err = walkPath(ctx, p, maxBytes, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func walkPath(ctx context.Context, root string, maxBytes int64, fn func(Input, error) error) error {
	st, err := os.Stat(root)
	if err != nil {
		return fn(Input{Name: root}, pathError(root, err))
	}
	if !st.IsDir() {
		return walkFile(root, maxBytes, fn)
	}
	var files []string
	werr := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, p) // reported when read
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	if werr != nil {
		return fn(Input{Name: root}, pathError(root, werr))
	}
	sort.Strings(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := walkFile(f, maxBytes, fn); err != nil {
			return err
		}
	}
	return nil
}

func walkFile(path string, maxBytes int64, fn func(Input, error) error) error {
	if strings.EqualFold(filepath.Ext(path), ".zip") {
		return walkZip(path, maxBytes, fn)
	}
	f, err := os.Open(path)
	if err != nil {
		return fn(Input{Name: path}, pathError(path, err))
	}
	defer f.Close()
	in := Input{Name: path}
	if st, err := f.Stat(); err == nil {
		in.ModTime = st.ModTime()
	}
	return emit(fn, in, f, maxBytes)
}

// walkZip passes each file member of a zip archive.
func walkZip(path string, maxBytes int64, fn func(Input, error) error) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return fn(Input{Name: path}, fmt.Errorf("%s: zip: %w", path, err))
	}
	defer zr.Close()
	for _, zf := range zr.File {
		if zf.FileInfo().IsDir() || strings.HasPrefix(filepath.Base(zf.Name), ".") || strings.HasPrefix(zf.Name, "__MACOSX/") {
			continue
		}
		name := path + ":" + zf.Name
		if int64(zf.UncompressedSize64) > maxBytes {
			if err := fn(Input{Name: name}, fmt.Errorf("%s: %w (%d bytes, over %d; see --max-bytes)", name, article.ErrTooLarge, zf.UncompressedSize64, maxBytes)); err != nil {
				return err
			}
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			if err := fn(Input{Name: name}, fmt.Errorf("%s: %w", name, err)); err != nil {
				return err
			}
			continue
		}
		err = emit(fn, Input{Name: name, ModTime: zf.Modified}, rc, maxBytes)
		rc.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// emit reads r whole (up to maxBytes) into in.Data and passes in to fn.
func emit(fn func(Input, error) error, in Input, r io.Reader, maxBytes int64) error {
	name := in.Name
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	switch {
	case err != nil:
		return fn(Input{Name: name}, fmt.Errorf("%s: %w", name, err))
	case int64(len(data)) > maxBytes:
		return fn(Input{Name: name}, fmt.Errorf("%s: %w (over %d bytes; see --max-bytes)", name, article.ErrTooLarge, maxBytes))
	}
	in.Data = data
	return fn(in, nil)
}

func pathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return fmt.Errorf("%s: %w", path, err)
}
