package classify_test
import ("testing";"os";"context";"io";"github.com/leakscope/leakscope/classify")
func BenchmarkProf(b *testing.B){
	data, _ := os.ReadFile("/tmp/bench16.ndjson")
	c := newClassifier(b, classify.Options{Workers: 1})
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r, _ := os.Open("/tmp/bench16.ndjson")
		c.WriteNDJSON(context.Background(), r, io.Discard, nil)
		r.Close()
	}
}
