// std::cell: interior mutability. Cell and RefCell are Send (when T is) but never Sync.

use crate::ops::{Deref, DerefMut};

// Invariant in T (the marker), as every interior-mutability type must be.
pub struct UnsafeCell<T: ?Sized> {
    invariant: marker::PhantomData<fn(T) -> T>,
    value: T,
}
impl<T: ?Sized> !Sync for UnsafeCell<T> {}
impl<T> UnsafeCell<T> {
    pub const fn new(value: T) -> UnsafeCell<T>;
    pub fn into_inner(self) -> T;
}
impl<T: ?Sized> UnsafeCell<T> {
    pub const fn get(&self) -> *mut T;
    pub fn get_mut(&mut self) -> &mut T;
}

pub struct Cell<T: ?Sized> {
    value: UnsafeCell<T>,
}
unsafe impl<T: ?Sized + Send> Send for Cell<T> {}
impl<T: ?Sized> !Sync for Cell<T> {}

impl<T> Cell<T> {
    pub const fn new(value: T) -> Cell<T>;
    pub fn set(&self, val: T);
    pub fn swap(&self, other: &Cell<T>);
    pub fn replace(&self, val: T) -> T;
    pub fn into_inner(self) -> T;
}
impl<T: Copy> Cell<T> {
    pub fn get(&self) -> T;
    pub fn update(&self, f: impl FnOnce(T) -> T);
}
impl<T: ?Sized> Cell<T> {
    pub const fn as_ptr(&self) -> *mut T;
    pub fn get_mut(&mut self) -> &mut T;
}
impl<T: Default> Cell<T> {
    pub fn take(&self) -> T;
}
impl<T: Copy> Clone for Cell<T> {
    fn clone(&self) -> Cell<T>;
}
impl<T: Default> Default for Cell<T> {
    fn default() -> Cell<T>;
}
impl<T: PartialEq + Copy> PartialEq for Cell<T> {
    fn eq(&self, other: &Cell<T>) -> bool;
}
impl<T: Eq + Copy> Eq for Cell<T> {}
impl<T: Copy + fmt::Debug> fmt::Debug for Cell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> From<T> for Cell<T> {
    fn from(t: T) -> Cell<T>;
}

pub struct RefCell<T: ?Sized> {
    borrow: Cell<isize>,
    value: UnsafeCell<T>,
}
unsafe impl<T: ?Sized + Send> Send for RefCell<T> {}
impl<T: ?Sized> !Sync for RefCell<T> {}

pub struct BorrowError {
    _private: (),
}
impl fmt::Debug for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl error::Error for BorrowError {}
pub struct BorrowMutError {
    _private: (),
}
impl fmt::Debug for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl error::Error for BorrowMutError {}

impl<T> RefCell<T> {
    pub const fn new(value: T) -> RefCell<T>;
    pub fn into_inner(self) -> T;
    pub fn replace(&self, t: T) -> T;
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T;
    pub fn swap(&self, other: &RefCell<T>);
}
impl<T: ?Sized> RefCell<T> {
    pub fn borrow(&self) -> Ref<'_, T>;
    pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError>;
    pub fn borrow_mut(&self) -> RefMut<'_, T>;
    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError>;
    pub fn as_ptr(&self) -> *mut T;
    pub fn get_mut(&mut self) -> &mut T;
}
impl<T: Default> RefCell<T> {
    pub fn take(&self) -> T;
}
impl<T: Clone> Clone for RefCell<T> {
    fn clone(&self) -> RefCell<T>;
}
impl<T: Default> Default for RefCell<T> {
    fn default() -> RefCell<T>;
}
impl<T: ?Sized + PartialEq> PartialEq for RefCell<T> {
    fn eq(&self, other: &RefCell<T>) -> bool;
}
impl<T: ?Sized + Eq> Eq for RefCell<T> {}
impl<T: ?Sized + fmt::Debug> fmt::Debug for RefCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T> From<T> for RefCell<T> {
    fn from(t: T) -> RefCell<T>;
}

pub struct Ref<'b, T: ?Sized + 'b> {
    value: &'b T,
    borrow: &'b Cell<isize>,
}
impl<'b, T: ?Sized> Ref<'b, T> {
    pub fn clone(orig: &Ref<'b, T>) -> Ref<'b, T>;
    pub fn map<U: ?Sized, F: FnOnce(&T) -> &U>(orig: Ref<'b, T>, f: F) -> Ref<'b, U>;
}
impl<T: ?Sized> !Send for Ref<'_, T> {}
impl<T: ?Sized> Deref for Ref<'_, T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> Drop for Ref<'_, T> {
    fn drop(&mut self);
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + fmt::Display> fmt::Display for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct RefMut<'b, T: ?Sized + 'b> {
    value: &'b mut T,
    borrow: &'b Cell<isize>,
}
impl<'b, T: ?Sized> RefMut<'b, T> {
    pub fn map<U: ?Sized, F: FnOnce(&mut T) -> &mut U>(orig: RefMut<'b, T>, f: F) -> RefMut<'b, U>;
}
impl<T: ?Sized> !Send for RefMut<'_, T> {}
impl<T: ?Sized> Deref for RefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> DerefMut for RefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T;
}
impl<T: ?Sized> Drop for RefMut<'_, T> {
    fn drop(&mut self);
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + fmt::Display> fmt::Display for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct OnceCell<T> {
    inner: UnsafeCell<Option<T>>,
}
impl<T> !Sync for OnceCell<T> {}
impl<T> OnceCell<T> {
    pub const fn new() -> OnceCell<T>;
    pub fn get(&self) -> Option<&T>;
    pub fn set(&self, value: T) -> Result<(), T>;
    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T;
    pub fn into_inner(self) -> Option<T>;
}

pub struct LazyCell<T, F = fn() -> T> {
    data: UnsafeCell<Option<T>>,
    init: UnsafeCell<Option<F>>,
}
impl<T, F: FnOnce() -> T> LazyCell<T, F> {
    pub const fn new(f: F) -> LazyCell<T, F>;
    pub fn force(this: &LazyCell<T, F>) -> &T;
}
impl<T, F: FnOnce() -> T> Deref for LazyCell<T, F> {
    type Target = T;
    fn deref(&self) -> &T;
}
