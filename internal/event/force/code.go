package force

// Toll reports whether the CAMEO code names the toll of an act (killed
// 1823, wounded 182) rather than the act.
func Toll(code string) bool {
	return code == "1823" || code == "182"
}

// Violent reports whether the CAMEO code is an act of assault, fight or
// mass violence (roots 18 to 20).
func Violent(code string) bool {
	return code >= "18" && code < "21"
}
