// std::boxed

use crate::ops::{Deref, DerefMut};

pub struct Box<T: ?Sized> {
    ptr: marker::PhantomData<T>,
}

impl<T> Box<T> {
    pub fn new(x: T) -> Box<T>;
    pub fn pin(x: T) -> pin::Pin<Box<T>>;
}

impl<T: ?Sized> Box<T> {
    pub fn leak<'a>(b: Box<T>) -> &'a mut T where T: 'a;
    pub fn into_raw(b: Box<T>) -> *mut T;
    pub unsafe fn from_raw(raw: *mut T) -> Box<T>;
}

impl Box<dyn any::Any> {
    pub fn downcast<T: any::Any>(self) -> Result<Box<T>, Box<dyn any::Any>>;
}
impl Box<dyn any::Any + Send> {
    pub fn downcast<T: any::Any>(self) -> Result<Box<T>, Box<dyn any::Any + Send>>;
}

#[may_dangle]
unsafe impl<T: ?Sized> Drop for Box<T> {
    fn drop(&mut self);
}
impl<T: ?Sized> Deref for Box<T> {
    type Target = T;
    fn deref(&self) -> &T;
}
impl<T: ?Sized> DerefMut for Box<T> {
    fn deref_mut(&mut self) -> &mut T;
}
impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Box<T>;
}
impl Clone for Box<str> {
    fn clone(&self) -> Box<str>;
}
impl<T: Default> Default for Box<T> {
    fn default() -> Box<T>;
}
impl<T: ?Sized + fmt::Display> fmt::Display for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: ?Sized + PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Box<T>) -> bool;
}
impl<T: ?Sized + Eq> Eq for Box<T> {}
impl<T: ?Sized + PartialOrd> PartialOrd for Box<T> {
    fn partial_cmp(&self, other: &Box<T>) -> Option<cmp::Ordering>;
}
impl<T: ?Sized + Ord> Ord for Box<T> {
    fn cmp(&self, other: &Box<T>) -> cmp::Ordering;
}
impl<T: ?Sized + hash::Hash> hash::Hash for Box<T> {
    fn hash<H: hash::Hasher>(&self, state: &mut H);
}
impl<T> From<T> for Box<T> {
    fn from(t: T) -> Box<T>;
}
impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str>;
}
impl From<string::String> for Box<str> {
    fn from(s: string::String) -> Box<str>;
}
impl<T: Clone> From<&[T]> for Box<[T]> {
    fn from(s: &[T]) -> Box<[T]>;
}
impl<T> From<vec::Vec<T>> for Box<[T]> {
    fn from(v: vec::Vec<T>) -> Box<[T]>;
}
impl<T: ?Sized> AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T;
}
impl<T: ?Sized> AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T;
}
impl<T: ?Sized> borrow::Borrow<T> for Box<T> {
    fn borrow(&self) -> &T;
}
impl<I: Iterator + ?Sized> Iterator for Box<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for Box<I> {
    fn next_back(&mut self) -> Option<I::Item>;
}
// Calling a boxed closure calls the closure.
impl<Args, F: FnOnce<Args> + ?Sized> FnOnce<Args> for Box<F> {
    type Output = F::Output;
    fn call_once(self, args: Args) -> F::Output;
}
impl<Args, F: FnMut<Args> + ?Sized> FnMut<Args> for Box<F> {
    fn call_mut(&mut self, args: Args) -> F::Output;
}
impl<Args, F: Fn<Args> + ?Sized> Fn<Args> for Box<F> {
    fn call(&self, args: Args) -> F::Output;
}
impl<T: ?Sized + error::Error> error::Error for Box<T> {}
