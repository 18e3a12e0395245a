// std::sync: Arc, locks, channels and atomics, with their Send/Sync rules.

use crate::ops::{Deref, DerefMut};

pub struct Arc<T: ?Sized> {
    ptr: marker::PhantomData<T>,
}
unsafe impl<T: ?Sized + Sync + Send> Send for Arc<T> {}
unsafe impl<T: ?Sized + Sync + Send> Sync for Arc<T> {}

impl<T> Arc<T> {
    pub fn new(data: T) -> Arc<T>;
    pub fn pin(data: T) -> pin::Pin<Arc<T>>;
    pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>>;
    pub fn into_inner(this: Arc<T>) -> Option<T>;
}
impl<T: ?Sized> Arc<T> {
    pub fn into_raw(this: Arc<T>) -> *const T;
    pub fn as_ptr(this: &Arc<T>) -> *const T;
    pub fn downgrade(this: &Arc<T>) -> Weak<T>;
    pub fn weak_count(this: &Arc<T>) -> usize;
    pub fn strong_count(this: &Arc<T>) -> usize;
    pub fn get_mut(this: &mut Arc<T>) -> Option<&mut T>;
    pub fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool;
}
impl<T: Clone> Arc<T> {
    pub fn make_mut(this: &mut Arc<T>) -> &mut T;
    pub fn unwrap_or_clone(this: Arc<T>) -> T;
}
impl<T: ?Sized> Clone for Arc<T> {
    fn clone(&self) -> Arc<T>;
}
impl<T: ?Sized> Deref for Arc<T> {
    type Target = T;
    fn deref(&self) -> &T;
}
#[may_dangle]
unsafe impl<T: ?Sized> Drop for Arc<T> {
    fn drop(&mut self);
}
impl<T: Default> Default for Arc<T> {
    fn default() -> Arc<T>;
}
impl<T: ?Sized + PartialEq> PartialEq for Arc<T> {
    fn eq(&self, other: &Arc<T>) -> bool;
}
impl<T: ?Sized + Eq> Eq for Arc<T> {}
impl<T: ?Sized + PartialOrd> PartialOrd for Arc<T> {
    fn partial_cmp(&self, other: &Arc<T>) -> Option<cmp::Ordering>;
}
impl<T: ?Sized + Ord> Ord for Arc<T> {
    fn cmp(&self, other: &Arc<T>) -> cmp::Ordering;
}
impl<T: ?Sized + hash::Hash> hash::Hash for Arc<T> {
    fn hash<H: hash::Hasher>(&self, state: &mut H);
}
impl<T: ?Sized + fmt::Display> fmt::Display for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> From<T> for Arc<T> {
    fn from(t: T) -> Arc<T>;
}
impl From<&str> for Arc<str> {
    fn from(v: &str) -> Arc<str>;
}
impl From<String> for Arc<str> {
    fn from(v: String) -> Arc<str>;
}
impl<T> From<crate::vec::Vec<T>> for Arc<[T]> {
    fn from(v: crate::vec::Vec<T>) -> Arc<[T]>;
}
impl<T: Clone> From<&[T]> for Arc<[T]> {
    fn from(v: &[T]) -> Arc<[T]>;
}
impl<T: ?Sized> From<crate::boxed::Box<T>> for Arc<T> {
    fn from(v: crate::boxed::Box<T>) -> Arc<T>;
}
impl<T: ?Sized> AsRef<T> for Arc<T> {
    fn as_ref(&self) -> &T;
}
impl<T: ?Sized> borrow::Borrow<T> for Arc<T> {
    fn borrow(&self) -> &T;
}

pub struct Weak<T: ?Sized> {
    ptr: marker::PhantomData<T>,
}
unsafe impl<T: ?Sized + Sync + Send> Send for Weak<T> {}
unsafe impl<T: ?Sized + Sync + Send> Sync for Weak<T> {}
impl<T> Weak<T> {
    pub const fn new() -> Weak<T>;
}
impl<T: ?Sized> Weak<T> {
    pub fn upgrade(&self) -> Option<Arc<T>>;
    pub fn strong_count(&self) -> usize;
    pub fn weak_count(&self) -> usize;
}
impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T>;
}

// ── poisoning ──

pub struct PoisonError<T> {
    data: T,
}
impl<T> PoisonError<T> {
    pub fn new(data: T) -> PoisonError<T>;
    pub fn into_inner(self) -> T;
    pub fn get_ref(&self) -> &T;
    pub fn get_mut(&mut self) -> &mut T;
}
impl<T> fmt::Debug for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> fmt::Display for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> error::Error for PoisonError<T> {}

pub enum TryLockError<T> {
    Poisoned(PoisonError<T>),
    WouldBlock,
}
impl<T> fmt::Debug for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> fmt::Display for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub type LockResult<G> = Result<G, PoisonError<G>>;
pub type TryLockResult<G> = Result<G, TryLockError<G>>;

// ── Mutex ──

pub struct Mutex<T: ?Sized> {
    poison: bool,
    data: cell::UnsafeCell<T>,
}
unsafe impl<T: ?Sized + Send> Send for Mutex<T> {}
unsafe impl<T: ?Sized + Send> Sync for Mutex<T> {}

impl<T> Mutex<T> {
    pub const fn new(t: T) -> Mutex<T>;
    pub fn into_inner(self) -> LockResult<T>;
}
impl<T: ?Sized> Mutex<T> {
    pub fn lock(&self) -> LockResult<MutexGuard<'_, T>>;
    pub fn try_lock(&self) -> TryLockResult<MutexGuard<'_, T>>;
    pub fn is_poisoned(&self) -> bool;
    pub fn clear_poison(&self);
    pub fn get_mut(&mut self) -> LockResult<&mut T>;
}
impl<T: Default> Default for Mutex<T> {
    fn default() -> Mutex<T>;
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for Mutex<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> From<T> for Mutex<T> {
    fn from(t: T) -> Mutex<T>;
}

pub struct MutexGuard<'a, T: ?Sized + 'a> {
    lock: &'a Mutex<T>,
}
impl<T: ?Sized> !Send for MutexGuard<'_, T> {}
unsafe impl<T: ?Sized + Sync> Sync for MutexGuard<'_, T> {}
impl<T: ?Sized> Deref for MutexGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T;
}
impl<T: ?Sized> Drop for MutexGuard<'_, T> {
    fn drop(&mut self);
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for MutexGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + fmt::Display> fmt::Display for MutexGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

// ── RwLock ──

pub struct RwLock<T: ?Sized> {
    poison: bool,
    data: cell::UnsafeCell<T>,
}
unsafe impl<T: ?Sized + Send> Send for RwLock<T> {}
unsafe impl<T: ?Sized + Send + Sync> Sync for RwLock<T> {}

impl<T> RwLock<T> {
    pub const fn new(t: T) -> RwLock<T>;
    pub fn into_inner(self) -> LockResult<T>;
}
impl<T: ?Sized> RwLock<T> {
    pub fn read(&self) -> LockResult<RwLockReadGuard<'_, T>>;
    pub fn try_read(&self) -> TryLockResult<RwLockReadGuard<'_, T>>;
    pub fn write(&self) -> LockResult<RwLockWriteGuard<'_, T>>;
    pub fn try_write(&self) -> TryLockResult<RwLockWriteGuard<'_, T>>;
    pub fn is_poisoned(&self) -> bool;
    pub fn get_mut(&mut self) -> LockResult<&mut T>;
}
impl<T: Default> Default for RwLock<T> {
    fn default() -> RwLock<T>;
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for RwLock<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct RwLockReadGuard<'a, T: ?Sized + 'a> {
    lock: &'a RwLock<T>,
}
impl<T: ?Sized> !Send for RwLockReadGuard<'_, T> {}
unsafe impl<T: ?Sized + Sync> Sync for RwLockReadGuard<'_, T> {}
impl<T: ?Sized> Deref for RwLockReadGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> Drop for RwLockReadGuard<'_, T> {
    fn drop(&mut self);
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for RwLockReadGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + fmt::Display> fmt::Display for RwLockReadGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct RwLockWriteGuard<'a, T: ?Sized + 'a> {
    lock: &'a RwLock<T>,
}
impl<T: ?Sized> !Send for RwLockWriteGuard<'_, T> {}
unsafe impl<T: ?Sized + Sync> Sync for RwLockWriteGuard<'_, T> {}
impl<T: ?Sized> Deref for RwLockWriteGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> DerefMut for RwLockWriteGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T;
}
impl<T: ?Sized> Drop for RwLockWriteGuard<'_, T> {
    fn drop(&mut self);
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for RwLockWriteGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + fmt::Display> fmt::Display for RwLockWriteGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

// ── Condvar, Once, OnceLock, Barrier ──

pub struct Condvar {
    seq: u32,
}
pub struct WaitTimeoutResult(bool);
impl WaitTimeoutResult {
    pub fn timed_out(&self) -> bool;
}
impl Condvar {
    pub const fn new() -> Condvar;
    pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> LockResult<MutexGuard<'a, T>>;
    pub fn wait_while<'a, T, F: FnMut(&mut T) -> bool>(&self, guard: MutexGuard<'a, T>, condition: F) -> LockResult<MutexGuard<'a, T>>;
    pub fn wait_timeout<'a, T>(&self, guard: MutexGuard<'a, T>, dur: time::Duration) -> LockResult<(MutexGuard<'a, T>, WaitTimeoutResult)>;
    pub fn notify_one(&self);
    pub fn notify_all(&self);
}
impl Default for Condvar {
    fn default() -> Condvar;
}

pub struct Once {
    done: bool,
}
impl Once {
    pub const fn new() -> Once;
    pub fn call_once<F: FnOnce()>(&self, f: F);
    pub fn is_completed(&self) -> bool;
}

pub struct OnceLock<T> {
    value: cell::UnsafeCell<Option<T>>,
}
unsafe impl<T: Sync + Send> Sync for OnceLock<T> {}
unsafe impl<T: Send> Send for OnceLock<T> {}
impl<T> OnceLock<T> {
    pub const fn new() -> OnceLock<T>;
    pub fn get(&self) -> Option<&T>;
    pub fn get_mut(&mut self) -> Option<&mut T>;
    pub fn set(&self, value: T) -> Result<(), T>;
    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T;
    pub fn into_inner(self) -> Option<T>;
}

pub struct LazyLock<T, F = fn() -> T> {
    once: Once,
    data: cell::UnsafeCell<Option<T>>,
    init: cell::UnsafeCell<Option<F>>,
}
unsafe impl<T: Sync + Send, F: Send> Sync for LazyLock<T, F> {}
impl<T, F: FnOnce() -> T> LazyLock<T, F> {
    pub const fn new(f: F) -> LazyLock<T, F>;
    pub fn force(this: &LazyLock<T, F>) -> &T;
}
impl<T, F: FnOnce() -> T> ops::Deref for LazyLock<T, F> {
    type Target = T;
    fn deref(&self) -> &T;
}

pub struct Barrier {
    num_threads: usize,
}
pub struct BarrierWaitResult(bool);
impl BarrierWaitResult {
    pub fn is_leader(&self) -> bool;
}
impl Barrier {
    pub const fn new(n: usize) -> Barrier;
    pub fn wait(&self) -> BarrierWaitResult;
}

// ── channels ──

pub mod mpsc {
    use crate::fmt;

    pub struct Sender<T> {
        inner: crate::sync::Arc<crate::cell::UnsafeCell<crate::collections::VecDeque<T>>>,
    }
    unsafe impl<T: Send> Send for Sender<T> {}
    unsafe impl<T: Send> Sync for Sender<T> {}
    impl<T> Sender<T> {
        pub fn send(&self, t: T) -> Result<(), SendError<T>>;
    }
    impl<T> Clone for Sender<T> {
        fn clone(&self) -> Sender<T>;
    }
    impl<T> Drop for Sender<T> {
        fn drop(&mut self);
    }
    impl<T> fmt::Debug for Sender<T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }

    pub struct SyncSender<T> {
        inner: crate::sync::Arc<crate::cell::UnsafeCell<crate::collections::VecDeque<T>>>,
    }
    unsafe impl<T: Send> Send for SyncSender<T> {}
    unsafe impl<T: Send> Sync for SyncSender<T> {}
    impl<T> SyncSender<T> {
        pub fn send(&self, t: T) -> Result<(), SendError<T>>;
        pub fn try_send(&self, t: T) -> Result<(), TrySendError<T>>;
    }
    impl<T> Clone for SyncSender<T> {
        fn clone(&self) -> SyncSender<T>;
    }
    impl<T> Drop for SyncSender<T> {
        fn drop(&mut self);
    }

    pub struct Receiver<T> {
        inner: crate::sync::Arc<crate::cell::UnsafeCell<crate::collections::VecDeque<T>>>,
    }
    unsafe impl<T: Send> Send for Receiver<T> {}
    impl<T> !Sync for Receiver<T> {}
    impl<T> Receiver<T> {
        pub fn try_recv(&self) -> Result<T, TryRecvError>;
        pub fn recv(&self) -> Result<T, RecvError>;
        pub fn recv_timeout(&self, timeout: crate::time::Duration) -> Result<T, RecvTimeoutError>;
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn try_iter(&self) -> TryIter<'_, T>;
    }
    impl<T> Drop for Receiver<T> {
        fn drop(&mut self);
    }
    impl<T> fmt::Debug for Receiver<T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl<T> IntoIterator for Receiver<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
        fn into_iter(self) -> IntoIter<T>;
    }
    impl<'a, T> IntoIterator for &'a Receiver<T> {
        type Item = T;
        type IntoIter = Iter<'a, T>;
        fn into_iter(self) -> Iter<'a, T>;
    }

    pub struct Iter<'a, T: 'a> {
        rx: &'a Receiver<T>,
    }
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = T;
        fn next(&mut self) -> Option<T>;
    }
    pub struct TryIter<'a, T: 'a> {
        rx: &'a Receiver<T>,
    }
    impl<'a, T> Iterator for TryIter<'a, T> {
        type Item = T;
        fn next(&mut self) -> Option<T>;
    }
    pub struct IntoIter<T> {
        rx: Receiver<T>,
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
        fn next(&mut self) -> Option<T>;
    }

    pub struct SendError<T>(pub T);
    impl<T> fmt::Debug for SendError<T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl<T> fmt::Display for SendError<T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl<T> crate::error::Error for SendError<T> {}
    impl<T: PartialEq> PartialEq for SendError<T> {
        fn eq(&self, other: &SendError<T>) -> bool;
    }

    pub enum TrySendError<T> {
        Full(T),
        Disconnected(T),
    }
    impl<T> fmt::Debug for TrySendError<T> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }

    pub struct RecvError;
    impl fmt::Debug for RecvError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl fmt::Display for RecvError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl crate::error::Error for RecvError {}
    impl PartialEq for RecvError {
        fn eq(&self, other: &RecvError) -> bool;
    }
    impl Clone for RecvError {
        fn clone(&self) -> RecvError;
    }
    impl Copy for RecvError {}

    pub enum TryRecvError {
        Empty,
        Disconnected,
    }
    impl fmt::Debug for TryRecvError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl fmt::Display for TryRecvError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl PartialEq for TryRecvError {
        fn eq(&self, other: &TryRecvError) -> bool;
    }
    impl Clone for TryRecvError {
        fn clone(&self) -> TryRecvError;
    }
    impl Copy for TryRecvError {}

    pub enum RecvTimeoutError {
        Timeout,
        Disconnected,
    }
    impl fmt::Debug for RecvTimeoutError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl fmt::Display for RecvTimeoutError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl crate::error::Error for RecvTimeoutError {}
    impl PartialEq for RecvTimeoutError {
        fn eq(&self, other: &RecvTimeoutError) -> bool;
    }
    impl Eq for RecvTimeoutError {}
    impl Clone for RecvTimeoutError {
        fn clone(&self) -> RecvTimeoutError;
    }
    impl Copy for RecvTimeoutError {}

    pub fn channel<T>() -> (Sender<T>, Receiver<T>);
    pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>);
}

// ── atomics ──

pub mod atomic {
    use crate::cell::UnsafeCell;
    use crate::fmt;

    pub enum Ordering {
        Relaxed,
        Release,
        Acquire,
        AcqRel,
        SeqCst,
    }
    impl Copy for Ordering {}
    impl Clone for Ordering {
        fn clone(&self) -> Ordering;
    }
    impl PartialEq for Ordering {
        fn eq(&self, other: &Ordering) -> bool;
    }
    impl Eq for Ordering {}
    impl fmt::Debug for Ordering {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }

    pub fn fence(order: Ordering);

    pub struct AtomicBool {
        v: UnsafeCell<u8>,
    }
    unsafe impl Sync for AtomicBool {}
    impl AtomicBool {
        pub const fn new(v: bool) -> AtomicBool;
        pub fn get_mut(&mut self) -> &mut bool;
        pub fn into_inner(self) -> bool;
        pub fn load(&self, order: Ordering) -> bool;
        pub fn store(&self, val: bool, order: Ordering);
        pub fn swap(&self, val: bool, order: Ordering) -> bool;
        pub fn compare_exchange(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool>;
        pub fn fetch_and(&self, val: bool, order: Ordering) -> bool;
        pub fn fetch_or(&self, val: bool, order: Ordering) -> bool;
        pub fn fetch_xor(&self, val: bool, order: Ordering) -> bool;
        pub fn fetch_not(&self, order: Ordering) -> bool;
    }
    impl Default for AtomicBool {
        fn default() -> AtomicBool;
    }
    impl fmt::Debug for AtomicBool {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<bool> for AtomicBool {
        fn from(b: bool) -> AtomicBool;
    }
    // Integer atomics (one block per width, written out).
    pub struct AtomicI8 {
        v: UnsafeCell<i8>,
    }
    unsafe impl Sync for AtomicI8 {}
    impl AtomicI8 {
        pub const fn new(v: i8) -> AtomicI8;
        pub fn get_mut(&mut self) -> &mut i8;
        pub fn into_inner(self) -> i8;
        pub fn load(&self, order: Ordering) -> i8;
        pub fn store(&self, val: i8, order: Ordering);
        pub fn swap(&self, val: i8, order: Ordering) -> i8;
        pub fn compare_exchange(&self, current: i8, new: i8, success: Ordering, failure: Ordering) -> Result<i8, i8>;
        pub fn fetch_add(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_sub(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_and(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_or(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_xor(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_max(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_min(&self, val: i8, order: Ordering) -> i8;
        pub fn fetch_update<F: FnMut(i8) -> Option<i8>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i8, i8>;
    }
    impl Default for AtomicI8 {
        fn default() -> AtomicI8;
    }
    impl fmt::Debug for AtomicI8 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<i8> for AtomicI8 {
        fn from(v: i8) -> AtomicI8;
    }
    pub struct AtomicU8 {
        v: UnsafeCell<u8>,
    }
    unsafe impl Sync for AtomicU8 {}
    impl AtomicU8 {
        pub const fn new(v: u8) -> AtomicU8;
        pub fn get_mut(&mut self) -> &mut u8;
        pub fn into_inner(self) -> u8;
        pub fn load(&self, order: Ordering) -> u8;
        pub fn store(&self, val: u8, order: Ordering);
        pub fn swap(&self, val: u8, order: Ordering) -> u8;
        pub fn compare_exchange(&self, current: u8, new: u8, success: Ordering, failure: Ordering) -> Result<u8, u8>;
        pub fn fetch_add(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_sub(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_and(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_or(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_xor(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_max(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_min(&self, val: u8, order: Ordering) -> u8;
        pub fn fetch_update<F: FnMut(u8) -> Option<u8>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u8, u8>;
    }
    impl Default for AtomicU8 {
        fn default() -> AtomicU8;
    }
    impl fmt::Debug for AtomicU8 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<u8> for AtomicU8 {
        fn from(v: u8) -> AtomicU8;
    }
    pub struct AtomicI16 {
        v: UnsafeCell<i16>,
    }
    unsafe impl Sync for AtomicI16 {}
    impl AtomicI16 {
        pub const fn new(v: i16) -> AtomicI16;
        pub fn get_mut(&mut self) -> &mut i16;
        pub fn into_inner(self) -> i16;
        pub fn load(&self, order: Ordering) -> i16;
        pub fn store(&self, val: i16, order: Ordering);
        pub fn swap(&self, val: i16, order: Ordering) -> i16;
        pub fn compare_exchange(&self, current: i16, new: i16, success: Ordering, failure: Ordering) -> Result<i16, i16>;
        pub fn fetch_add(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_sub(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_and(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_or(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_xor(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_max(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_min(&self, val: i16, order: Ordering) -> i16;
        pub fn fetch_update<F: FnMut(i16) -> Option<i16>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i16, i16>;
    }
    impl Default for AtomicI16 {
        fn default() -> AtomicI16;
    }
    impl fmt::Debug for AtomicI16 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<i16> for AtomicI16 {
        fn from(v: i16) -> AtomicI16;
    }
    pub struct AtomicU16 {
        v: UnsafeCell<u16>,
    }
    unsafe impl Sync for AtomicU16 {}
    impl AtomicU16 {
        pub const fn new(v: u16) -> AtomicU16;
        pub fn get_mut(&mut self) -> &mut u16;
        pub fn into_inner(self) -> u16;
        pub fn load(&self, order: Ordering) -> u16;
        pub fn store(&self, val: u16, order: Ordering);
        pub fn swap(&self, val: u16, order: Ordering) -> u16;
        pub fn compare_exchange(&self, current: u16, new: u16, success: Ordering, failure: Ordering) -> Result<u16, u16>;
        pub fn fetch_add(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_sub(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_and(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_or(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_xor(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_max(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_min(&self, val: u16, order: Ordering) -> u16;
        pub fn fetch_update<F: FnMut(u16) -> Option<u16>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u16, u16>;
    }
    impl Default for AtomicU16 {
        fn default() -> AtomicU16;
    }
    impl fmt::Debug for AtomicU16 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<u16> for AtomicU16 {
        fn from(v: u16) -> AtomicU16;
    }
    pub struct AtomicI32 {
        v: UnsafeCell<i32>,
    }
    unsafe impl Sync for AtomicI32 {}
    impl AtomicI32 {
        pub const fn new(v: i32) -> AtomicI32;
        pub fn get_mut(&mut self) -> &mut i32;
        pub fn into_inner(self) -> i32;
        pub fn load(&self, order: Ordering) -> i32;
        pub fn store(&self, val: i32, order: Ordering);
        pub fn swap(&self, val: i32, order: Ordering) -> i32;
        pub fn compare_exchange(&self, current: i32, new: i32, success: Ordering, failure: Ordering) -> Result<i32, i32>;
        pub fn fetch_add(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_sub(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_and(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_or(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_xor(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_max(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_min(&self, val: i32, order: Ordering) -> i32;
        pub fn fetch_update<F: FnMut(i32) -> Option<i32>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i32, i32>;
    }
    impl Default for AtomicI32 {
        fn default() -> AtomicI32;
    }
    impl fmt::Debug for AtomicI32 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<i32> for AtomicI32 {
        fn from(v: i32) -> AtomicI32;
    }
    pub struct AtomicU32 {
        v: UnsafeCell<u32>,
    }
    unsafe impl Sync for AtomicU32 {}
    impl AtomicU32 {
        pub const fn new(v: u32) -> AtomicU32;
        pub fn get_mut(&mut self) -> &mut u32;
        pub fn into_inner(self) -> u32;
        pub fn load(&self, order: Ordering) -> u32;
        pub fn store(&self, val: u32, order: Ordering);
        pub fn swap(&self, val: u32, order: Ordering) -> u32;
        pub fn compare_exchange(&self, current: u32, new: u32, success: Ordering, failure: Ordering) -> Result<u32, u32>;
        pub fn fetch_add(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_sub(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_and(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_or(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_xor(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_max(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_min(&self, val: u32, order: Ordering) -> u32;
        pub fn fetch_update<F: FnMut(u32) -> Option<u32>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u32, u32>;
    }
    impl Default for AtomicU32 {
        fn default() -> AtomicU32;
    }
    impl fmt::Debug for AtomicU32 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<u32> for AtomicU32 {
        fn from(v: u32) -> AtomicU32;
    }
    pub struct AtomicI64 {
        v: UnsafeCell<i64>,
    }
    unsafe impl Sync for AtomicI64 {}
    impl AtomicI64 {
        pub const fn new(v: i64) -> AtomicI64;
        pub fn get_mut(&mut self) -> &mut i64;
        pub fn into_inner(self) -> i64;
        pub fn load(&self, order: Ordering) -> i64;
        pub fn store(&self, val: i64, order: Ordering);
        pub fn swap(&self, val: i64, order: Ordering) -> i64;
        pub fn compare_exchange(&self, current: i64, new: i64, success: Ordering, failure: Ordering) -> Result<i64, i64>;
        pub fn fetch_add(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_sub(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_and(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_or(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_xor(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_max(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_min(&self, val: i64, order: Ordering) -> i64;
        pub fn fetch_update<F: FnMut(i64) -> Option<i64>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<i64, i64>;
    }
    impl Default for AtomicI64 {
        fn default() -> AtomicI64;
    }
    impl fmt::Debug for AtomicI64 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<i64> for AtomicI64 {
        fn from(v: i64) -> AtomicI64;
    }
    pub struct AtomicU64 {
        v: UnsafeCell<u64>,
    }
    unsafe impl Sync for AtomicU64 {}
    impl AtomicU64 {
        pub const fn new(v: u64) -> AtomicU64;
        pub fn get_mut(&mut self) -> &mut u64;
        pub fn into_inner(self) -> u64;
        pub fn load(&self, order: Ordering) -> u64;
        pub fn store(&self, val: u64, order: Ordering);
        pub fn swap(&self, val: u64, order: Ordering) -> u64;
        pub fn compare_exchange(&self, current: u64, new: u64, success: Ordering, failure: Ordering) -> Result<u64, u64>;
        pub fn fetch_add(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_sub(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_and(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_or(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_xor(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_max(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_min(&self, val: u64, order: Ordering) -> u64;
        pub fn fetch_update<F: FnMut(u64) -> Option<u64>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<u64, u64>;
    }
    impl Default for AtomicU64 {
        fn default() -> AtomicU64;
    }
    impl fmt::Debug for AtomicU64 {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<u64> for AtomicU64 {
        fn from(v: u64) -> AtomicU64;
    }
    pub struct AtomicIsize {
        v: UnsafeCell<isize>,
    }
    unsafe impl Sync for AtomicIsize {}
    impl AtomicIsize {
        pub const fn new(v: isize) -> AtomicIsize;
        pub fn get_mut(&mut self) -> &mut isize;
        pub fn into_inner(self) -> isize;
        pub fn load(&self, order: Ordering) -> isize;
        pub fn store(&self, val: isize, order: Ordering);
        pub fn swap(&self, val: isize, order: Ordering) -> isize;
        pub fn compare_exchange(&self, current: isize, new: isize, success: Ordering, failure: Ordering) -> Result<isize, isize>;
        pub fn fetch_add(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_sub(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_and(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_or(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_xor(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_max(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_min(&self, val: isize, order: Ordering) -> isize;
        pub fn fetch_update<F: FnMut(isize) -> Option<isize>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<isize, isize>;
    }
    impl Default for AtomicIsize {
        fn default() -> AtomicIsize;
    }
    impl fmt::Debug for AtomicIsize {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<isize> for AtomicIsize {
        fn from(v: isize) -> AtomicIsize;
    }
    pub struct AtomicUsize {
        v: UnsafeCell<usize>,
    }
    unsafe impl Sync for AtomicUsize {}
    impl AtomicUsize {
        pub const fn new(v: usize) -> AtomicUsize;
        pub fn get_mut(&mut self) -> &mut usize;
        pub fn into_inner(self) -> usize;
        pub fn load(&self, order: Ordering) -> usize;
        pub fn store(&self, val: usize, order: Ordering);
        pub fn swap(&self, val: usize, order: Ordering) -> usize;
        pub fn compare_exchange(&self, current: usize, new: usize, success: Ordering, failure: Ordering) -> Result<usize, usize>;
        pub fn fetch_add(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_sub(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_and(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_or(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_xor(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_max(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_min(&self, val: usize, order: Ordering) -> usize;
        pub fn fetch_update<F: FnMut(usize) -> Option<usize>>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<usize, usize>;
    }
    impl Default for AtomicUsize {
        fn default() -> AtomicUsize;
    }
    impl fmt::Debug for AtomicUsize {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
    }
    impl From<usize> for AtomicUsize {
        fn from(v: usize) -> AtomicUsize;
    }
}
