package blindset7

// uniq draws free texts for one document without repeating a template.
type uniq map[string]bool

// draw calls f until its text starts differently from the texts drawn
// before (a few tries, then it gives up and repeats).
func (u uniq) draw(f func() leaf) leaf {
	var l leaf
	for try := 0; try < 8; try++ {
		l = f()
		s, _ := l.val.(string)
		if r := []rune(s); len(r) > 14 {
			s = string(r[:14])
		}
		if !u[s] {
			u[s] = true
			return l
		}
	}
	return l
}
