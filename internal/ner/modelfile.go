package ner

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"math/bits"
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/wordclass"
)

// The model file is gzip-compressed:
//
//	"RASAD-NER 1\n"
//	uvarint feature version: the model only fits the features of that version
//	uvarint length, then that many bytes of UTF-8 text: source and licence
//	uvarint document window size
//	float32 recall bias
//	uvarint number of seen entity words, then for each, in order:
//	  uvarint length, the word (a stem in SearchKey form), byte label mask
//	uvarint number of word classes (0: the model uses none), and if not 0:
//	  uvarint number of words, then for each, in order:
//	  uvarint length, the word (a stem), uvarint its class
//	byte number of passes (1 or 2), then each pass:
//	  float32 step: a weight is its quantised value times step
//	  (numLabels+1)*numLabels varint transition weights, quantised
//	  uvarint number of features, then for each, in increasing hash order:
//	    uvarint hash minus the previous hash
//	    uvarint mask of the labels with a weight
//	    varint quantised weight of each label in the mask
//
// Weights are quantised to 16 bits and features whose weights all round to
// zero are dropped.
const modelMagic = "RASAD-NER 1\n"

// featureVersion names the feature set of features.go and the word lists it
// reads (and the lexicon of arabic.DefaultSegmenter, whose classes are
// features); change it whenever features change, so that an old model file is
// refused rather than silently misread.
const featureVersion = 6

// WriteModel writes r to w in the model file format. Weights smaller in
// magnitude than prune are dropped.
func (r *Recognizer) WriteModel(w io.Writer, prune float32) error {
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	sv := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	bw.WriteString(modelMagic)
	uv(featureVersion)
	uv(uint64(len(r.info)))
	bw.WriteString(r.info)
	uv(uint64(r.docSize))
	binary.Write(bw, binary.LittleEndian, math.Float32bits(r.bias))
	seen := slices.Sorted(maps.Keys(r.f.seen))
	uv(uint64(len(seen)))
	for _, w := range seen {
		uv(uint64(len(w)))
		bw.WriteString(w)
		bw.WriteByte(r.f.seen[w])
	}
	uv(uint64(r.f.classes.K()))
	if r.f.classes != nil {
		words := r.f.classes.Words()
		uv(uint64(len(words)))
		for _, w := range words {
			c, _ := r.f.classes.Of(w)
			uv(uint64(len(w)))
			bw.WriteString(w)
			uv(uint64(c))
		}
	}
	passes := []*model{r.pass1}
	if r.pass2 != nil {
		passes = append(passes, r.pass2)
	}
	bw.WriteByte(byte(len(passes)))
	for _, m := range passes {
		var maxAbs float32
		for _, v := range m.w {
			maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
		}
		for _, row := range m.trans {
			for _, v := range row {
				maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
			}
		}
		step := maxAbs / 32767
		if step == 0 {
			step = 1
		}
		q := func(v float32) int64 {
			if float32(math.Abs(float64(v))) < prune {
				return 0
			}
			return int64(math.Round(float64(v / step)))
		}
		binary.Write(bw, binary.LittleEndian, math.Float32bits(step))
		for _, row := range m.trans {
			for _, v := range row {
				sv(q(v))
			}
		}
		hashes := make([]fhash, 0, len(m.index))
		for h, i := range m.index {
			row := m.w[int(i)*numLabels : int(i)*numLabels+numLabels]
			if slices.ContainsFunc(row, func(v float32) bool { return q(v) != 0 }) {
				hashes = append(hashes, h)
			}
		}
		slices.Sort(hashes)
		uv(uint64(len(hashes)))
		prev := fhash(0)
		for _, h := range hashes {
			uv(uint64(h - prev))
			prev = h
			i := m.index[h]
			row := m.w[int(i)*numLabels : int(i)*numLabels+numLabels]
			var mask uint64
			for l, v := range row {
				if q(v) != 0 {
					mask |= 1 << l
				}
			}
			uv(mask)
			for _, v := range row {
				if x := q(v); x != 0 {
					sv(x)
				}
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	return nil
}

// LoadRecognizer reads a model file and pairs it with DefaultGazetteer, the
// gazetteer the shipped model was trained with.
func LoadRecognizer(rd io.Reader) (*Recognizer, error) {
	return LoadRecognizerWith(rd, DefaultGazetteer())
}

// LoadRecognizerWith reads a model file that was trained with gazetteer g.
// Its features also use the lexicon of arabic.DefaultSegmenter, which is
// loaded on first use.
func LoadRecognizerWith(rd io.Reader, g Gazetteer) (*Recognizer, error) {
	cues := loadCues()
	h := sha256.New()
	tee := io.TeeReader(rd, h)
	zr, err := gzip.NewReader(tee)
	if err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	br := bufio.NewReader(zr)
	r := &Recognizer{f: featurizer{cues: cues, gaz: g, lex: arabic.DefaultSegmenter(), pins: defaultPins()}}
	if err := r.readModel(br); err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	// The digest is of the whole file, as stored: what the gzip reader
	// has not asked for yet is hashed too.
	if _, err := io.Copy(io.Discard, tee); err != nil {
		return nil, fmt.Errorf("load model: %w", err)
	}
	r.digest = hex.EncodeToString(h.Sum(nil))
	return r, nil
}

var (
	errCorrupt = errors.New("corrupt model file")
	errRange   = errors.New("value out of range")
)

// readBytes reads a length, a uvarint of at most max, and that many bytes.
func readBytes(br *bufio.Reader, max uint64) ([]byte, error) {
	n, err := binary.ReadUvarint(br)
	if err == nil && n > max {
		err = errRange
	}
	if err != nil {
		return nil, err
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(br, b); err != nil {
		return nil, err
	}
	return b, nil
}

func (r *Recognizer) readModel(br *bufio.Reader) error {
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return fmt.Errorf("not a model file (want %q)", strings.TrimSpace(modelMagic))
	}
	fail := func(what string, err error) error {
		switch {
		case err == nil:
			err = errRange
		case errors.Is(err, io.EOF):
			err = io.ErrUnexpectedEOF
		}
		return fmt.Errorf("%w: %s: %w", errCorrupt, what, err)
	}
	v, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("feature version", err)
	}
	if v != featureVersion {
		return fmt.Errorf("model has feature version %d, this program %d: retrain it with \"rasad train ner\"", v, featureVersion)
	}
	info, err := readBytes(br, 1<<16)
	if err != nil {
		return fail("info", err)
	}
	r.info = string(info)
	ds, err := binary.ReadUvarint(br)
	if err != nil {
		return fail("window", err)
	}
	r.docSize = int(ds)
	var bias uint32
	if err := binary.Read(br, binary.LittleEndian, &bias); err != nil {
		return fail("bias", err)
	}
	r.bias = math.Float32frombits(bias)
	ns, err := binary.ReadUvarint(br)
	if err != nil || ns > 1<<24 {
		return fail("seen words", err)
	}
	r.f.seen = make(map[string]uint8, ns)
	for range ns {
		w, err := readBytes(br, 1<<10)
		if err != nil {
			return fail("seen word", err)
		}
		tag, err := br.ReadByte()
		if err != nil {
			return fail("seen word", err)
		}
		r.f.seen[string(w)] = tag
	}
	k, err := binary.ReadUvarint(br)
	if err != nil || k > wordclass.MaxK {
		return fail("word classes", err)
	}
	if k > 0 {
		nw, err := binary.ReadUvarint(br)
		if err != nil || nw > 1<<24 {
			return fail("word classes", err)
		}
		m := make(map[string]uint16, nw)
		for range nw {
			w, err := readBytes(br, 1<<10)
			if err != nil {
				return fail("class word", err)
			}
			c, err := binary.ReadUvarint(br)
			if err != nil || c >= k {
				return fail("word class", err)
			}
			m[string(w)] = uint16(c)
		}
		if r.f.classes, err = wordclass.New(m, int(k)); err != nil {
			return fail("word classes", err)
		}
	}
	passes, err := br.ReadByte()
	if err != nil || passes < 1 || passes > 2 {
		return fail("passes", err)
	}
	for p := range int(passes) {
		m := newModel()
		var sb uint32
		if err := binary.Read(br, binary.LittleEndian, &sb); err != nil {
			return fail("step", err)
		}
		step := math.Float32frombits(sb)
		for i := range m.trans {
			for l := range m.trans[i] {
				v, err := binary.ReadVarint(br)
				if err != nil {
					return fail("transitions", err)
				}
				m.trans[i][l] = float32(v) * step
			}
		}
		nf, err := binary.ReadUvarint(br)
		if err != nil || nf > 1<<26 {
			return fail("features", err)
		}
		m.index = make(map[fhash]int32, nf)
		m.w = make([]float32, int(nf)*numLabels)
		h := fhash(0)
		for i := range int(nf) {
			d, err := binary.ReadUvarint(br)
			if err != nil {
				return fail("feature", err)
			}
			h += fhash(d)
			mask, err := binary.ReadUvarint(br)
			if err != nil || mask >= 1<<numLabels {
				return fail("feature mask", err)
			}
			m.index[h] = int32(i)
			for mask != 0 {
				l := bits.TrailingZeros64(mask)
				mask &^= 1 << l
				v, err := binary.ReadVarint(br)
				if err != nil {
					return fail("weight", err)
				}
				m.w[i*numLabels+l] = float32(v) * step
			}
		}
		if p == 0 {
			r.pass1 = m
		} else {
			r.pass2 = m
		}
	}
	// Decoding needs only the frozen tables.
	if r.pass2 != nil {
		r.finish()
		r.pass2.index, r.pass2.w = nil, nil
	} else {
		r.pass1.freeze()
	}
	r.pass1.index, r.pass1.w = nil, nil
	return nil
}

// finish builds the decoding tables of a trained or loaded Recognizer.
func (r *Recognizer) finish() {
	if r.pass2 != nil {
		r.joint = newJointTable(r.pass1, r.pass2)
		r.memo = &wordMemo{}
		r.edges = r.edgeSums()
		r.lexPairs = r.lexPairSums()
	}
}

// Info is the source and licence that the model states.
func (r *Recognizer) Info() string { return r.info }

// Digest is the SHA-256 (hex) of the model file the Recognizer was loaded
// from, "" for one trained in memory: two Recognizers with the same digest
// (and gazetteer) tag alike.
func (r *Recognizer) Digest() string { return r.digest }
