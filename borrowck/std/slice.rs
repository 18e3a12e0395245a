// std::slice: slice iterators and SliceIndex. The inherent methods of `[T]` are in
// primitives.rs (module std::primitive).

use crate::ops::{Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};

// What can index a slice or str, and what indexing yields (`usize` -> T, ranges -> [T]).
pub unsafe trait SliceIndex<T: ?Sized> {
    type Output: ?Sized;
    fn get(self, slice: &T) -> Option<&Self::Output>;
    fn get_mut(self, slice: &mut T) -> Option<&mut Self::Output>;
    fn index(self, slice: &T) -> &Self::Output;
    fn index_mut(self, slice: &mut T) -> &mut Self::Output;
}

unsafe impl<T> SliceIndex<[T]> for usize {
    type Output = T;
    fn get(self, slice: &[T]) -> Option<&T>;
    fn get_mut(self, slice: &mut [T]) -> Option<&mut T>;
    fn index(self, slice: &[T]) -> &T;
    fn index_mut(self, slice: &mut [T]) -> &mut T;
}
unsafe impl<T> SliceIndex<[T]> for Range<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]>;
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]>;
    fn index(self, slice: &[T]) -> &[T];
    fn index_mut(self, slice: &mut [T]) -> &mut [T];
}
unsafe impl<T> SliceIndex<[T]> for RangeFrom<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]>;
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]>;
    fn index(self, slice: &[T]) -> &[T];
    fn index_mut(self, slice: &mut [T]) -> &mut [T];
}
unsafe impl<T> SliceIndex<[T]> for RangeTo<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]>;
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]>;
    fn index(self, slice: &[T]) -> &[T];
    fn index_mut(self, slice: &mut [T]) -> &mut [T];
}
unsafe impl<T> SliceIndex<[T]> for RangeInclusive<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]>;
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]>;
    fn index(self, slice: &[T]) -> &[T];
    fn index_mut(self, slice: &mut [T]) -> &mut [T];
}
unsafe impl<T> SliceIndex<[T]> for RangeToInclusive<usize> {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]>;
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]>;
    fn index(self, slice: &[T]) -> &[T];
    fn index_mut(self, slice: &mut [T]) -> &mut [T];
}
unsafe impl<T> SliceIndex<[T]> for RangeFull {
    type Output = [T];
    fn get(self, slice: &[T]) -> Option<&[T]>;
    fn get_mut(self, slice: &mut [T]) -> Option<&mut [T]>;
    fn index(self, slice: &[T]) -> &[T];
    fn index_mut(self, slice: &mut [T]) -> &mut [T];
}
unsafe impl SliceIndex<str> for Range<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str>;
    fn get_mut(self, slice: &mut str) -> Option<&mut str>;
    fn index(self, slice: &str) -> &str;
    fn index_mut(self, slice: &mut str) -> &mut str;
}
unsafe impl SliceIndex<str> for RangeFrom<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str>;
    fn get_mut(self, slice: &mut str) -> Option<&mut str>;
    fn index(self, slice: &str) -> &str;
    fn index_mut(self, slice: &mut str) -> &mut str;
}
unsafe impl SliceIndex<str> for RangeTo<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str>;
    fn get_mut(self, slice: &mut str) -> Option<&mut str>;
    fn index(self, slice: &str) -> &str;
    fn index_mut(self, slice: &mut str) -> &mut str;
}
unsafe impl SliceIndex<str> for RangeInclusive<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str>;
    fn get_mut(self, slice: &mut str) -> Option<&mut str>;
    fn index(self, slice: &str) -> &str;
    fn index_mut(self, slice: &mut str) -> &mut str;
}
unsafe impl SliceIndex<str> for RangeToInclusive<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str>;
    fn get_mut(self, slice: &mut str) -> Option<&mut str>;
    fn index(self, slice: &str) -> &str;
    fn index_mut(self, slice: &mut str) -> &mut str;
}
unsafe impl SliceIndex<str> for RangeFull {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str>;
    fn get_mut(self, slice: &mut str) -> Option<&mut str>;
    fn index(self, slice: &str) -> &str;
    fn index_mut(self, slice: &mut str) -> &mut str;
}

pub struct Iter<'a, T: 'a> {
    slice: &'a [T],
}
impl<'a, T> Iter<'a, T> {
    pub fn as_slice(&self) -> &'a [T];
}
impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T>;
}
impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T>;
}
impl<'a, T> ExactSizeIterator for Iter<'a, T> {}
impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self;
}
unsafe impl<T: Sync> Sync for Iter<'_, T> {}
unsafe impl<T: Sync> Send for Iter<'_, T> {}

pub struct IterMut<'a, T: 'a> {
    slice: &'a mut [T],
}
impl<'a, T> IterMut<'a, T> {
    pub fn into_slice(self) -> &'a mut [T];
}
impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T>;
}
impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T>;
}
impl<'a, T> ExactSizeIterator for IterMut<'a, T> {}
unsafe impl<T: Sync> Sync for IterMut<'_, T> {}
unsafe impl<T: Send> Send for IterMut<'_, T> {}

pub struct Windows<'a, T: 'a> {
    v: &'a [T],
    size: usize,
}
impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]>;
}
impl<'a, T> DoubleEndedIterator for Windows<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]>;
}
impl<'a, T> ExactSizeIterator for Windows<'a, T> {}

pub struct Chunks<'a, T: 'a> {
    v: &'a [T],
    chunk_size: usize,
}
impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]>;
}
impl<'a, T> DoubleEndedIterator for Chunks<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]>;
}
impl<'a, T> ExactSizeIterator for Chunks<'a, T> {}

pub struct ChunksMut<'a, T: 'a> {
    v: &'a mut [T],
    chunk_size: usize,
}
impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]>;
}

pub struct ChunksExact<'a, T: 'a> {
    v: &'a [T],
    chunk_size: usize,
}
impl<'a, T> ChunksExact<'a, T> {
    pub fn remainder(&self) -> &'a [T];
}
impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]>;
}

pub struct Split<'a, T: 'a, P: FnMut(&T) -> bool> {
    v: &'a [T],
    pred: P,
}
impl<'a, T, P: FnMut(&T) -> bool> Iterator for Split<'a, T, P> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]>;
}

pub fn from_ref<T>(s: &T) -> &[T];
pub fn from_mut<T>(s: &mut T) -> &mut [T];

// `[S].join(sep)` / `[S].concat()`: what the result is depends on the element type.
pub trait Join<Separator> {
    type Output;
    fn join(slice: &Self, sep: Separator) -> Self::Output;
}
impl<S: borrow::Borrow<str>> Join<&str> for [S] {
    type Output = String;
    fn join(slice: &[S], sep: &str) -> String;
}
impl<T: Clone, V: borrow::Borrow<[T]>> Join<&T> for [V] {
    type Output = Vec<T>;
    fn join(slice: &[V], sep: &T) -> Vec<T>;
}
impl<T: Clone, V: borrow::Borrow<[T]>> Join<&[T]> for [V] {
    type Output = Vec<T>;
    fn join(slice: &[V], sep: &[T]) -> Vec<T>;
}

pub trait Concat<Item: ?Sized> {
    type Output;
    fn concat(slice: &Self) -> Self::Output;
}
impl<S: borrow::Borrow<str>> Concat<str> for [S] {
    type Output = String;
    fn concat(slice: &[S]) -> String;
}
impl<T: Clone, V: borrow::Borrow<[T]>> Concat<T> for [V] {
    type Output = Vec<T>;
    fn concat(slice: &[V]) -> Vec<T>;
}
