// std::vec

use crate::ops::{Deref, DerefMut, Index, IndexMut, RangeBounds};

pub struct Vec<T> {
    buf: marker::PhantomData<T>,
    cap: usize,
    len: usize,
}

impl<T> Vec<T> {
    pub const fn new() -> Vec<T>;
    pub fn with_capacity(capacity: usize) -> Vec<T>;
    pub fn capacity(&self) -> usize;
    pub fn reserve(&mut self, additional: usize);
    pub fn shrink_to_fit(&mut self);
    pub fn into_boxed_slice(self) -> Box<[T]>;
    pub fn truncate(&mut self, len: usize);
    pub fn as_slice(&self) -> &[T];
    pub fn as_mut_slice(&mut self) -> &mut [T];
    pub fn as_ptr(&self) -> *const T;
    pub fn as_mut_ptr(&mut self) -> *mut T;
    pub fn swap_remove(&mut self, index: usize) -> T;
    pub fn insert(&mut self, index: usize, element: T);
    pub fn remove(&mut self, index: usize) -> T;
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, f: F);
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, key: F);
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, same_bucket: F);
    pub fn push(&mut self, value: T);
    pub fn pop(&mut self) -> Option<T>;
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T>;
    pub fn append(&mut self, other: &mut Vec<T>);
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T>;
    pub fn clear(&mut self);
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn split_off(&mut self, at: usize) -> Vec<T>;
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, f: F);
    pub fn leak<'a>(self) -> &'a mut [T];
}

impl<T: Clone> Vec<T> {
    pub fn resize(&mut self, new_len: usize, value: T);
    pub fn extend_from_slice(&mut self, other: &[T]);
}

impl<T: PartialEq> Vec<T> {
    pub fn dedup(&mut self);
}

pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T>;

#[may_dangle]
unsafe impl<T> Drop for Vec<T> {
    fn drop(&mut self);
}
impl<T> Deref for Vec<T> {
    type Target = [T];
    fn deref(&self) -> &[T];
}
impl<T> DerefMut for Vec<T> {
    fn deref_mut(&mut self) -> &mut [T];
}
impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T>;
}
impl<T> Default for Vec<T> {
    fn default() -> Vec<T>;
}
impl<T: fmt::Debug> fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: hash::Hash> hash::Hash for Vec<T> {
    fn hash<H: hash::Hasher>(&self, state: &mut H);
}
impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for Vec<T> {
    fn eq(&self, other: &Vec<U>) -> bool;
}
impl<T: PartialEq<U>, U> PartialEq<[U]> for Vec<T> {
    fn eq(&self, other: &[U]) -> bool;
}
impl<T: PartialEq<U>, U> PartialEq<&[U]> for Vec<T> {
    fn eq(&self, other: &&[U]) -> bool;
}
impl<T: PartialEq<U>, U, const N: usize> PartialEq<[U; N]> for Vec<T> {
    fn eq(&self, other: &[U; N]) -> bool;
}
impl<T: PartialEq<U>, U, const N: usize> PartialEq<&[U; N]> for Vec<T> {
    fn eq(&self, other: &&[U; N]) -> bool;
}
impl<T: PartialEq<U>, U> PartialEq<&mut [U]> for Vec<T> {
    fn eq(&self, other: &&mut [U]) -> bool;
}
impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for [T] {
    fn eq(&self, other: &Vec<U>) -> bool;
}
impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for &[T] {
    fn eq(&self, other: &Vec<U>) -> bool;
}
impl<T: PartialEq<U>, U> PartialEq<Vec<U>> for &mut [T] {
    fn eq(&self, other: &Vec<U>) -> bool;
}
impl<T: Eq> Eq for Vec<T> {}
impl<T: PartialOrd> PartialOrd for Vec<T> {
    fn partial_cmp(&self, other: &Vec<T>) -> Option<cmp::Ordering>;
}
impl<T: Ord> Ord for Vec<T> {
    fn cmp(&self, other: &Vec<T>) -> cmp::Ordering;
}
impl<T, I: slice::SliceIndex<[T]>> Index<I> for Vec<T> {
    type Output = I::Output;
    fn index(&self, index: I) -> &I::Output;
}
impl<T, I: slice::SliceIndex<[T]>> IndexMut<I> for Vec<T> {
    fn index_mut(&mut self, index: I) -> &mut I::Output;
}
impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T>;
}
impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = slice::Iter<'a, T>;
    fn into_iter(self) -> slice::Iter<'a, T>;
}
impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = slice::IterMut<'a, T>;
    fn into_iter(self) -> slice::IterMut<'a, T>;
}
impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T>;
}
impl<T> Extend<T> for Vec<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
}
impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I);
}
impl<T> AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T];
}
impl<T> AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T];
}
impl<T> borrow::Borrow<[T]> for Vec<T> {
    fn borrow(&self) -> &[T];
}
impl<T> borrow::BorrowMut<[T]> for Vec<T> {
    fn borrow_mut(&mut self) -> &mut [T];
}
impl<T: Clone> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Vec<T>;
}
impl<T: Clone> From<&mut [T]> for Vec<T> {
    fn from(s: &mut [T]) -> Vec<T>;
}
impl<T, const N: usize> From<[T; N]> for Vec<T> {
    fn from(s: [T; N]) -> Vec<T>;
}
impl From<&str> for Vec<u8> {
    fn from(s: &str) -> Vec<u8>;
}
impl<T> From<Box<[T]>> for Vec<T> {
    fn from(s: Box<[T]>) -> Vec<T>;
}
impl<T> From<Vec<T>> for Box<[T]> {
    fn from(v: Vec<T>) -> Box<[T]>;
}
impl<T> From<collections::VecDeque<T>> for Vec<T> {
    fn from(other: collections::VecDeque<T>) -> Vec<T>;
}

pub struct IntoIter<T> {
    buf: marker::PhantomData<T>,
}
impl<T> IntoIter<T> {
    pub fn as_slice(&self) -> &[T];
}
impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
impl<T> DoubleEndedIterator for IntoIter<T> {
    fn next_back(&mut self) -> Option<T>;
}
impl<T> ExactSizeIterator for IntoIter<T> {}
impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> IntoIter<T>;
}
#[may_dangle]
unsafe impl<T> Drop for IntoIter<T> {
    fn drop(&mut self);
}

pub struct Drain<'a, T: 'a> {
    vec: &'a mut Vec<T>,
}
impl<T> Iterator for Drain<'_, T> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
impl<T> DoubleEndedIterator for Drain<'_, T> {
    fn next_back(&mut self) -> Option<T>;
}
impl<T> ExactSizeIterator for Drain<'_, T> {}
impl<T> Drop for Drain<'_, T> {
    fn drop(&mut self);
}
