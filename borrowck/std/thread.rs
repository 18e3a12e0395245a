// std::thread. The interpreter runs threads on a deterministic scheduler.

pub type Result<T> = result::Result<T, Box<dyn any::Any + Send + 'static>>;

pub fn spawn<F, T>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static;

pub struct JoinHandle<T> {
    native: usize,
    result: marker::PhantomData<T>,
}
unsafe impl<T> Send for JoinHandle<T> {}
unsafe impl<T> Sync for JoinHandle<T> {}
impl<T> JoinHandle<T> {
    pub fn join(self) -> Result<T>;
    pub fn thread(&self) -> &Thread;
    pub fn is_finished(&self) -> bool;
}
impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub fn scope<'env, F, T>(f: F) -> T
where
    F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T;

// Invariant in both lifetimes, as the real Scope is.
pub struct Scope<'scope, 'env: 'scope> {
    scope: marker::PhantomData<&'scope mut &'scope ()>,
    env: marker::PhantomData<&'env mut &'env ()>,
}
impl<'scope, 'env> Scope<'scope, 'env> {
    pub fn spawn<F, T>(&'scope self, f: F) -> ScopedJoinHandle<'scope, T>
    where
        F: FnOnce() -> T + Send + 'scope,
        T: Send + 'scope;
}
impl fmt::Debug for Scope<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct ScopedJoinHandle<'scope, T> {
    native: usize,
    result: marker::PhantomData<&'scope T>,
}
unsafe impl<T> Send for ScopedJoinHandle<'_, T> {}
unsafe impl<T> Sync for ScopedJoinHandle<'_, T> {}
impl<'scope, T> ScopedJoinHandle<'scope, T> {
    pub fn join(self) -> Result<T>;
    pub fn thread(&self) -> &Thread;
    pub fn is_finished(&self) -> bool;
}
impl<T> fmt::Debug for ScopedJoinHandle<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct Thread {
    id: ThreadId,
}
impl Thread {
    pub fn id(&self) -> ThreadId;
    pub fn name(&self) -> Option<&str>;
    pub fn unpark(&self);
}
impl Clone for Thread {
    fn clone(&self) -> Thread;
}
impl fmt::Debug for Thread {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct ThreadId(u64);
impl Copy for ThreadId {}
impl Clone for ThreadId {
    fn clone(&self) -> ThreadId;
}
impl PartialEq for ThreadId {
    fn eq(&self, other: &ThreadId) -> bool;
}
impl Eq for ThreadId {}
impl hash::Hash for ThreadId {
    fn hash<H: hash::Hasher>(&self, state: &mut H);
}
impl fmt::Debug for ThreadId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct Builder {
    name: Option<String>,
}
impl Builder {
    pub fn new() -> Builder;
    pub fn name(self, name: String) -> Builder;
    pub fn stack_size(self, size: usize) -> Builder;
    pub fn spawn<F, T>(self, f: F) -> io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static;
}

pub fn current() -> Thread;
pub fn sleep(dur: time::Duration);
pub fn yield_now();
pub fn park();
pub fn panicking() -> bool;
pub fn available_parallelism() -> io::Result<num::NonZeroUsize>;
