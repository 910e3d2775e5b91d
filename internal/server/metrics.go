package server

import (
	"context"
	"net/http"
	"time"
)

func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	docs := -1
	if st, err := s.st.Stats(ctx); err == nil {
		docs = st.Documents
	} else {
		s.log.Warn("metrics: store stats", "err", err)
	}
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.metrics.Write(w, docs)
	s.writeFeedMetrics(w)
}
