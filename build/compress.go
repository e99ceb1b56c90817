package main

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// compressTree writes a brotli (.br) and a gzip (.gz) variant beside every file
// under dir, at the strongest settings: they are made once and served many times.
// Variants newer than their file are kept, since brotli's best setting is slow.
func compressTree(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || isCompressed(path) || upToDate(path) {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		br, gz, err := compress(b)
		if err != nil {
			return err
		}
		if err := os.WriteFile(path+".br", br, 0o644); err != nil {
			return err
		}
		return os.WriteFile(path+".gz", gz, 0o644)
	})
}

// upToDate reports whether both compressed variants of path are at least as new.
func upToDate(path string) bool {
	src, err := os.Stat(path)
	if err != nil {
		return false
	}
	for _, ext := range []string{".br", ".gz"} {
		v, err := os.Stat(path + ext)
		if err != nil || v.ModTime().Before(src.ModTime()) {
			return false
		}
	}
	return true
}

func compress(b []byte) (br, gz []byte, err error) {
	var bb, gb bytes.Buffer
	bw := brotli.NewWriterLevel(&bb, brotli.BestCompression)
	if _, err := bw.Write(b); err != nil {
		return nil, nil, err
	}
	if err := bw.Close(); err != nil {
		return nil, nil, err
	}
	gw, err := gzip.NewWriterLevel(&gb, gzip.BestCompression)
	if err != nil {
		return nil, nil, err
	}
	if _, err := gw.Write(b); err != nil {
		return nil, nil, err
	}
	if err := gw.Close(); err != nil {
		return nil, nil, err
	}
	return bb.Bytes(), gb.Bytes(), nil
}
