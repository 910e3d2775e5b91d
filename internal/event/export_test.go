package event

// Hooks for the external tests of this package (fit_test.go).

// SetTraceReport makes f see the evidence of every decision of report.go:
// the group (0 protests, 1 violence), the score, the features and the words.
func SetTraceReport(f func(group int, score float64, x []float64, words []string)) {
	traceReport = f
}

// FeatureNames are the names of the features of report.go, in order.
var FeatureNames = featureNames[:]

// FeaturePrior is the index of the lexicon prior among FeatureNames.
const FeaturePrior = fPrior
