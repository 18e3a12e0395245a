// std::rc: single-threaded reference counting; neither Send nor Sync.

use crate::ops::Deref;

pub struct Rc<T: ?Sized> {
    ptr: marker::PhantomData<T>,
}
impl<T: ?Sized> !Send for Rc<T> {}
impl<T: ?Sized> !Sync for Rc<T> {}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T>;
    pub fn pin(value: T) -> pin::Pin<Rc<T>>;
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>>;
    pub fn into_inner(this: Rc<T>) -> Option<T>;
    pub fn new_cyclic<F: FnOnce(&Weak<T>) -> T>(data_fn: F) -> Rc<T>;
}
impl<T: ?Sized> Rc<T> {
    pub fn into_raw(this: Rc<T>) -> *const T;
    pub fn as_ptr(this: &Rc<T>) -> *const T;
    pub fn downgrade(this: &Rc<T>) -> Weak<T>;
    pub fn weak_count(this: &Rc<T>) -> usize;
    pub fn strong_count(this: &Rc<T>) -> usize;
    pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T>;
    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool;
}
impl<T: Clone> Rc<T> {
    pub fn make_mut(this: &mut Rc<T>) -> &mut T;
    pub fn unwrap_or_clone(this: Rc<T>) -> T;
}

impl<T: ?Sized> Clone for Rc<T> {
    fn clone(&self) -> Rc<T>;
}
impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T;
}
#[may_dangle]
unsafe impl<T: ?Sized> Drop for Rc<T> {
    fn drop(&mut self);
}
impl<T: Default> Default for Rc<T> {
    fn default() -> Rc<T>;
}
impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool;
}
impl<T: ?Sized + Eq> Eq for Rc<T> {}
impl<T: ?Sized + PartialOrd> PartialOrd for Rc<T> {
    fn partial_cmp(&self, other: &Rc<T>) -> Option<cmp::Ordering>;
}
impl<T: ?Sized + Ord> Ord for Rc<T> {
    fn cmp(&self, other: &Rc<T>) -> cmp::Ordering;
}
impl<T: ?Sized + hash::Hash> hash::Hash for Rc<T> {
    fn hash<H: hash::Hasher>(&self, state: &mut H);
}
impl<T: ?Sized + fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> From<T> for Rc<T> {
    fn from(t: T) -> Rc<T>;
}
impl From<&str> for Rc<str> {
    fn from(v: &str) -> Rc<str>;
}
impl From<String> for Rc<str> {
    fn from(v: String) -> Rc<str>;
}
impl<T: ?Sized> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T;
}
impl<T: ?Sized> borrow::Borrow<T> for Rc<T> {
    fn borrow(&self) -> &T;
}

pub struct Weak<T: ?Sized> {
    ptr: marker::PhantomData<T>,
}
impl<T: ?Sized> !Send for Weak<T> {}
impl<T: ?Sized> !Sync for Weak<T> {}
impl<T> Weak<T> {
    pub const fn new() -> Weak<T>;
}
impl<T: ?Sized> Weak<T> {
    pub fn upgrade(&self) -> Option<Rc<T>>;
    pub fn strong_count(&self) -> usize;
    pub fn weak_count(&self) -> usize;
    pub fn ptr_eq(&self, other: &Weak<T>) -> bool;
}
impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T>;
}
impl<T> Default for Weak<T> {
    fn default() -> Weak<T>;
}
#[may_dangle]
unsafe impl<T: ?Sized> Drop for Weak<T> {
    fn drop(&mut self);
}
impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
