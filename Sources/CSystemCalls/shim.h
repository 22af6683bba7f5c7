// Linux calls that Swift's Glibc module does not bring in (they sit behind _GNU_SOURCE or in
// headers it leaves out), wrapped for Sources/WengaoKit/Package/AtomicFile.swift.
#include <sys/vfs.h>
#include <sys/syscall.h>
#include <unistd.h>

/// The file system's magic number (`statfs.f_type`) of the file open at `descriptor`, or 0.
static inline long wengao_file_system_type(int descriptor) {
    struct statfs info;
    return fstatfs(descriptor, &info) == 0 ? (long)info.f_type : 0;
}

/// Starts writing the file's dirty pages back, without waiting for them
/// (`sync_file_range(descriptor, 0, 0, SYNC_FILE_RANGE_WRITE)`); 0, or -1 with errno set.
static inline int wengao_start_write_back(int descriptor) {
#ifdef SYS_sync_file_range
    return (int)syscall(SYS_sync_file_range, descriptor, (long long)0, (long long)0, 2 /* SYNC_FILE_RANGE_WRITE */);
#else
    return -1;
#endif
}
