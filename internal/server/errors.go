package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"

	"rasad/internal/article"
	"rasad/internal/search"
	"rasad/internal/store"
)

// Errors of the server that statusOf maps.
var (
	errBadInput     = errors.New("bad input")
	errUnauthorized = errors.New("missing or wrong API token")
	errMediaType    = errors.New("unsupported media type")
	errNotFound     = errors.New("not found")
	errMethod       = errors.New("method not allowed")
	errBusy         = errors.New("the server is busy; try again")
)

// inputError marks an error caused by what the client sent.
type inputError struct{ err error }

func (e *inputError) Error() string { return e.err.Error() }
func (e *inputError) Unwrap() error { return e.err }

// missing is something a request names that does not exist (404); its
// message names it in the user's words, never the store's.
type missing struct{ what, id, where string }

func (e *missing) Error() string {
	const most = 80 // an id longer than any stored one is cut
	id := e.id
	if len(id) > most {
		id = strings.ToValidUTF8(id[:most], "") + "…"
	}
	return fmt.Sprintf("no %s %q %s", e.what, id, e.where)
}

func (e *missing) Unwrap() error { return errNotFound }

// badInput marks err as the client's fault (400 unless a more precise status
// applies).
func badInput(err error) error { return &inputError{err} }

// statusOf is the one mapping from an error to an HTTP status.
func statusOf(err error) int {
	var mbe *http.MaxBytesError
	var ie *inputError
	switch {
	case err == nil:
		return http.StatusOK
	case errors.As(err, &mbe), errors.Is(err, article.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, errMediaType), errors.Is(err, article.ErrBinary), errors.Is(err, article.ErrInvalidUTF8):
		return http.StatusUnsupportedMediaType
	case errors.Is(err, errUnauthorized):
		return http.StatusUnauthorized
	case errors.Is(err, errMethod):
		return http.StatusMethodNotAllowed
	case errors.Is(err, store.ErrNotFound), errors.Is(err, errNotFound):
		return http.StatusNotFound
	case errors.Is(err, search.ErrQuery), errors.Is(err, errBadInput), errors.Is(err, store.ErrInvalid),
		errors.Is(err, article.ErrEmpty), errors.Is(err, article.ErrNoText), errors.As(err, &ie):
		return http.StatusBadRequest
	case errors.Is(err, errBusy), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// message is what a client may read of err: its text for the client's own
// errors, a generic phrase for the server's.
func message(err error, status int) string {
	switch {
	case status == http.StatusRequestEntityTooLarge:
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return fmt.Sprintf("request body too large: the limit is %d bytes (%.0f MB)", mbe.Limit, float64(mbe.Limit)/(1<<20))
		}
		return err.Error()
	case status == http.StatusNotFound:
		var m *missing
		if errors.As(err, &m) {
			return m.Error()
		}
		return "not found"
	case errors.Is(err, errBusy):
		return err.Error()
	case status >= 500:
		return http.StatusText(status)
	}
	return err.Error()
}

// apiError is the JSON body of an error.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// writeError answers a request that failed with err, as JSON.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "5")
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="rasad"`)
	}
	writeJSON(w, status, apiError{Error: message(err, status), Status: status})
}

// writeJSON writes v as JSON with the status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // JSON read as HTML by mistake still runs nothing
	if err := enc.Encode(v); err != nil {
		slog.Debug("write response", "err", err)
	}
}
