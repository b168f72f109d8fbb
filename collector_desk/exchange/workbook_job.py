"""Windows: a memory cap for the workbook reader's child process, by a job object.

Windows has no `RLIMIT_AS`. A job object with `JOB_OBJECT_LIMIT_PROCESS_MEMORY`
caps the committed memory of each process in it: past the cap an allocation
fails (Python raises MemoryError; Rust's allocator aborts the child), which
`workbook_guard` turns into its one "needs more than N MB" line. The child puts
itself into a new job before it reads anything (`cap_this_process`); nested jobs
exist since Windows 8, so this works even when the app itself runs in a job (a
terminal or an installer may put it in one). `JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION`
keeps a crashing child from showing Windows' error dialog. The job handle stays
open for the child's life (closing it would not lift the limit, but keeping it
is the documented use); it ends with the child.

The structures below are the C layouts of winnt.h, written with ctypes types of
the same sizes so that they can be checked on any platform
(tests/test_hostile_workbooks.py compares their sizes and offsets with the
documented 64-bit ones). The calls themselves run on Windows only.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x00000100
JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION = 0x00000400
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS = 9  # JobObjectExtendedLimitInformation

DWORD = ctypes.c_uint32
LARGE_INTEGER = ctypes.c_int64
ULONGLONG = ctypes.c_uint64
SIZE_T = ctypes.c_size_t
ULONG_PTR = ctypes.c_size_t  # pointer-sized, unsigned


class JobObjectBasicLimitInformation(ctypes.Structure):
    _fields_ = [
        ("PerProcessUserTimeLimit", LARGE_INTEGER),
        ("PerJobUserTimeLimit", LARGE_INTEGER),
        ("LimitFlags", DWORD),
        ("MinimumWorkingSetSize", SIZE_T),
        ("MaximumWorkingSetSize", SIZE_T),
        ("ActiveProcessLimit", DWORD),
        ("Affinity", ULONG_PTR),
        ("PriorityClass", DWORD),
        ("SchedulingClass", DWORD),
    ]


class IoCounters(ctypes.Structure):
    _fields_ = [
        ("ReadOperationCount", ULONGLONG),
        ("WriteOperationCount", ULONGLONG),
        ("OtherOperationCount", ULONGLONG),
        ("ReadTransferCount", ULONGLONG),
        ("WriteTransferCount", ULONGLONG),
        ("OtherTransferCount", ULONGLONG),
    ]


class JobObjectExtendedLimitInformation(ctypes.Structure):
    _fields_ = [
        ("BasicLimitInformation", JobObjectBasicLimitInformation),
        ("IoInfo", IoCounters),
        ("ProcessMemoryLimit", SIZE_T),
        ("JobMemoryLimit", SIZE_T),
        ("PeakProcessMemoryUsed", SIZE_T),
        ("PeakJobMemoryUsed", SIZE_T),
    ]


def extended_limits(megabytes: int) -> JobObjectExtendedLimitInformation:
    """The limits the reader child's job gets: its memory, and no error dialog."""
    info = JobObjectExtendedLimitInformation()
    info.BasicLimitInformation.LimitFlags = (
        JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION
    )
    info.ProcessMemoryLimit = megabytes * 1024 * 1024
    return info


_JOB: list[Any] = []  # the handle, open for the life of the process


def cap_this_process(megabytes: int) -> bool:
    """Put this process into a new job capped at `megabytes`; False if Windows refused
    (the time limit then still holds). Windows only."""
    if sys.platform != "win32":
        raise RuntimeError("job objects are a Windows feature")
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateJobObjectW.argtypes = [ctypes.c_void_p, wintypes.LPCWSTR]
    kernel32.CreateJobObjectW.restype = wintypes.HANDLE
    kernel32.SetInformationJobObject.argtypes = [
        wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, DWORD,
    ]  # fmt: skip
    kernel32.SetInformationJobObject.restype = wintypes.BOOL
    kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
    kernel32.AssignProcessToJobObject.restype = wintypes.BOOL
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]

    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        return False
    info = extended_limits(megabytes)
    ok = kernel32.SetInformationJobObject(
        job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION_CLASS, ctypes.byref(info), ctypes.sizeof(info)
    ) and kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess())
    if not ok:
        kernel32.CloseHandle(job)
        return False
    _JOB.append(job)
    return True
