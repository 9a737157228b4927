//go:build unix

package storage

import (
	"fmt"
	"path/filepath"
	"syscall"
)

// freeBytes is the space an unprivileged writer may still use on the
// filesystem holding path.
func freeBytes(path string) (int64, error) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(filepath.Dir(path), &st); err != nil {
		return 0, fmt.Errorf("free space: %w", err)
	}
	return int64(st.Bavail) * int64(st.Bsize), nil //nolint:unconvert // Bsize's type differs by platform
}
