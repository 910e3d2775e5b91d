package frame

// SceneCountry returns cc when it is set, and otherwise the country of the
// scene: the one country the sentence names outside skip (SoleCountry), or
// the country of the place named nearest to token k (NearCountry). Each is
// worked out only when the one before gave nothing.
func SceneCountry(cc string, s Sentence, k int, skip func(j int) bool) string {
	if cc == "" {
		cc = SoleCountry(s, skip)
	}
	if cc == "" {
		cc = NearCountry(s, k, skip)
	}
	return cc
}
