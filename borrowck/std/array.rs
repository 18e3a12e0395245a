// std::array: by-value array iteration (the inherent methods of `[T; N]` are in
// primitives.rs).

pub struct IntoIter<T, const N: usize> {
    data: [T; N],
    alive: ops::Range<usize>,
}
impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    fn next_back(&mut self) -> Option<T>;
}
impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {}
impl<T: Clone, const N: usize> Clone for IntoIter<T, N> {
    fn clone(&self) -> IntoIter<T, N>;
}

pub fn from_fn<T, const N: usize, F: FnMut(usize) -> T>(cb: F) -> [T; N];

pub struct TryFromSliceError(());
impl fmt::Debug for TryFromSliceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
