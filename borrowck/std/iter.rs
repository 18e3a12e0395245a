// std::iter: the Iterator trait, its adapters (generic structs with ordinary impls, so
// inference needs no special cases) and the consumer traits (FromIterator, Sum, ...).

use crate::ops::Try;

pub trait Iterator {
    type Item;
    fn next(&mut self) -> Option<Self::Item>;
    #[provided]
    fn size_hint(&self) -> (usize, Option<usize>);
    #[provided]
    fn count(self) -> usize where Self: Sized;
    #[provided]
    fn last(self) -> Option<Self::Item> where Self: Sized;
    #[provided]
    fn nth(&mut self, n: usize) -> Option<Self::Item>;
    #[provided]
    fn step_by(self, step: usize) -> StepBy<Self> where Self: Sized;
    #[provided]
    fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter> where Self: Sized;
    #[provided]
    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> where Self: Sized;
    #[provided]
    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> where Self: Sized;
    #[provided]
    fn for_each<F: FnMut(Self::Item)>(self, f: F) where Self: Sized;
    #[provided]
    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> where Self: Sized;
    #[provided]
    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> where Self: Sized;
    #[provided]
    fn enumerate(self) -> Enumerate<Self> where Self: Sized;
    #[provided]
    fn peekable(self) -> Peekable<Self> where Self: Sized;
    #[provided]
    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> where Self: Sized;
    #[provided]
    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> where Self: Sized;
    #[provided]
    fn map_while<B, P: FnMut(Self::Item) -> Option<B>>(self, predicate: P) -> MapWhile<Self, P> where Self: Sized;
    #[provided]
    fn skip(self, n: usize) -> Skip<Self> where Self: Sized;
    #[provided]
    fn take(self, n: usize) -> Take<Self> where Self: Sized;
    #[provided]
    fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(self, initial_state: St, f: F) -> Scan<Self, St, F> where Self: Sized;
    #[provided]
    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U, F> where Self: Sized;
    #[provided]
    fn flatten(self) -> Flatten<Self> where Self: Sized, Self::Item: IntoIterator;
    #[provided]
    fn fuse(self) -> Fuse<Self> where Self: Sized;
    #[provided]
    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> where Self: Sized;
    #[provided]
    fn by_ref(&mut self) -> &mut Self where Self: Sized;
    #[provided]
    fn collect<B: FromIterator<Self::Item>>(self) -> B where Self: Sized;
    #[provided]
    fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(self, f: F) -> (B, B) where Self: Sized;
    #[provided]
    fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B where Self: Sized;
    #[provided]
    fn try_fold<B, F: FnMut(B, Self::Item) -> R, R: Try<Output = B>>(&mut self, init: B, f: F) -> R where Self: Sized;
    #[provided]
    fn try_for_each<F: FnMut(Self::Item) -> R, R: Try<Output = ()>>(&mut self, f: F) -> R where Self: Sized;
    #[provided]
    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(self, f: F) -> Option<Self::Item> where Self: Sized;
    #[provided]
    fn all<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool where Self: Sized;
    #[provided]
    fn any<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool where Self: Sized;
    #[provided]
    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item> where Self: Sized;
    #[provided]
    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, f: F) -> Option<B> where Self: Sized;
    #[provided]
    fn position<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize> where Self: Sized;
    #[provided]
    fn rposition<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize> where Self: Sized + ExactSizeIterator + DoubleEndedIterator;
    #[provided]
    fn max(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
    #[provided]
    fn min(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
    #[provided]
    fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item> where Self: Sized;
    #[provided]
    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> cmp::Ordering>(self, compare: F) -> Option<Self::Item> where Self: Sized;
    #[provided]
    fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item> where Self: Sized;
    #[provided]
    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> cmp::Ordering>(self, compare: F) -> Option<Self::Item> where Self: Sized;
    #[provided]
    fn rev(self) -> Rev<Self> where Self: Sized + DoubleEndedIterator;
    #[provided]
    fn unzip<A, B, FromA: Default + Extend<A>, FromB: Default + Extend<B>>(self) -> (FromA, FromB) where Self: Sized + Iterator<Item = (A, B)>;
    #[provided]
    fn copied<'a, T: 'a + Copy>(self) -> Copied<Self> where Self: Sized + Iterator<Item = &'a T>;
    #[provided]
    fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self> where Self: Sized + Iterator<Item = &'a T>;
    #[provided]
    fn cycle(self) -> Cycle<Self> where Self: Sized + Clone;
    #[provided]
    fn sum<S: Sum<Self::Item>>(self) -> S where Self: Sized;
    #[provided]
    fn product<P: Product<Self::Item>>(self) -> P where Self: Sized;
    #[provided]
    fn cmp<I: IntoIterator<Item = Self::Item>>(self, other: I) -> cmp::Ordering where Self::Item: Ord, Self: Sized;
    #[provided]
    fn partial_cmp<I: IntoIterator>(self, other: I) -> Option<cmp::Ordering> where Self::Item: PartialOrd<I::Item>, Self: Sized;
    #[provided]
    fn eq<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialEq<I::Item>, Self: Sized;
    #[provided]
    fn ne<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialEq<I::Item>, Self: Sized;
    #[provided]
    fn lt<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialOrd<I::Item>, Self: Sized;
    #[provided]
    fn le<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialOrd<I::Item>, Self: Sized;
    #[provided]
    fn gt<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialOrd<I::Item>, Self: Sized;
    #[provided]
    fn ge<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialOrd<I::Item>, Self: Sized;
    #[provided]
    fn is_sorted(self) -> bool where Self: Sized, Self::Item: PartialOrd;
}

pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;
    #[provided]
    fn nth_back(&mut self, n: usize) -> Option<Self::Item>;
    #[provided]
    fn rfind<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item> where Self: Sized;
    #[provided]
    fn rfold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B where Self: Sized;
}

pub trait ExactSizeIterator: Iterator {
    #[provided]
    fn len(&self) -> usize;
    #[provided]
    fn is_empty(&self) -> bool;
}

pub trait FusedIterator: Iterator {}

pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;
    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;
    fn into_iter(self) -> I;
}

pub trait FromIterator<A>: Sized {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

pub trait Extend<A> {
    fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);
}

pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

// Types a range can step through (integers and char; impls in primitives.rs).
pub trait Step: Clone + PartialOrd + Sized {}

// `&mut I` is an iterator when I is.
impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for &mut I {
    fn next_back(&mut self) -> Option<I::Item>;
}

impl FromIterator<()> for () {
    fn from_iter<T: IntoIterator<Item = ()>>(iter: T) -> ();
}
impl<A, B, EA: Default + Extend<A>, EB: Default + Extend<B>> FromIterator<(A, B)> for (EA, EB) {
    fn from_iter<T: IntoIterator<Item = (A, B)>>(iter: T) -> (EA, EB);
}
impl<A, B, EA: Extend<A>, EB: Extend<B>> Extend<(A, B)> for (EA, EB) {
    fn extend<T: IntoIterator<Item = (A, B)>>(&mut self, iter: T);
}

// ── adapters ──

pub struct Map<I, F> {
    iter: I,
    f: F,
}
impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B>;
}
impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> B> DoubleEndedIterator for Map<I, F> {
    fn next_back(&mut self) -> Option<B>;
}
impl<B, I: ExactSizeIterator, F: FnMut(I::Item) -> B> ExactSizeIterator for Map<I, F> {}
impl<I: Clone, F: Clone> Clone for Map<I, F> {
    fn clone(&self) -> Map<I, F>;
}

pub struct Filter<I, P> {
    iter: I,
    predicate: P,
}
impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for Filter<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator, P: FnMut(&I::Item) -> bool> DoubleEndedIterator for Filter<I, P> {
    fn next_back(&mut self) -> Option<I::Item>;
}
impl<I: Clone, P: Clone> Clone for Filter<I, P> {
    fn clone(&self) -> Filter<I, P>;
}

pub struct FilterMap<I, F> {
    iter: I,
    f: F,
}
impl<B, I: Iterator, F: FnMut(I::Item) -> Option<B>> Iterator for FilterMap<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B>;
}
impl<B, I: DoubleEndedIterator, F: FnMut(I::Item) -> Option<B>> DoubleEndedIterator for FilterMap<I, F> {
    fn next_back(&mut self) -> Option<B>;
}

pub struct Enumerate<I> {
    iter: I,
    count: usize,
}
impl<I: Iterator> Iterator for Enumerate<I> {
    type Item = (usize, I::Item);
    fn next(&mut self) -> Option<(usize, I::Item)>;
}
impl<I: ExactSizeIterator + DoubleEndedIterator> DoubleEndedIterator for Enumerate<I> {
    fn next_back(&mut self) -> Option<(usize, I::Item)>;
}
impl<I: ExactSizeIterator> ExactSizeIterator for Enumerate<I> {}
impl<I: Clone> Clone for Enumerate<I> {
    fn clone(&self) -> Enumerate<I>;
}

pub struct Peekable<I: Iterator> {
    iter: I,
    peeked: Option<Option<I::Item>>,
}
impl<I: Iterator> Iterator for Peekable<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator> DoubleEndedIterator for Peekable<I> {
    fn next_back(&mut self) -> Option<I::Item>;
}
impl<I: Iterator> Peekable<I> {
    pub fn peek(&mut self) -> Option<&I::Item>;
    pub fn peek_mut(&mut self) -> Option<&mut I::Item>;
    pub fn next_if(&mut self, func: impl FnOnce(&I::Item) -> bool) -> Option<I::Item>;
    pub fn next_if_eq<T: ?Sized>(&mut self, expected: &T) -> Option<I::Item> where I::Item: PartialEq<T>;
}

pub struct Zip<A, B> {
    a: A,
    b: B,
}
impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
    type Item = (A::Item, B::Item);
    fn next(&mut self) -> Option<(A::Item, B::Item)>;
}
impl<A: DoubleEndedIterator + ExactSizeIterator, B: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Zip<A, B> {
    fn next_back(&mut self) -> Option<(A::Item, B::Item)>;
}
impl<A: ExactSizeIterator, B: ExactSizeIterator> ExactSizeIterator for Zip<A, B> {}

pub fn zip<A: IntoIterator, B: IntoIterator>(a: A, b: B) -> Zip<A::IntoIter, B::IntoIter>;

pub struct Chain<A, B> {
    a: Option<A>,
    b: Option<B>,
}
impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
    type Item = A::Item;
    fn next(&mut self) -> Option<A::Item>;
}
impl<A: DoubleEndedIterator, B: DoubleEndedIterator<Item = A::Item>> DoubleEndedIterator for Chain<A, B> {
    fn next_back(&mut self) -> Option<A::Item>;
}

pub struct Rev<T> {
    iter: T,
}
impl<I: DoubleEndedIterator> Iterator for Rev<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator> DoubleEndedIterator for Rev<I> {
    fn next_back(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator + ExactSizeIterator> ExactSizeIterator for Rev<I> {}

pub struct Take<I> {
    iter: I,
    n: usize,
}
impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Take<I> {
    fn next_back(&mut self) -> Option<I::Item>;
}
impl<I: ExactSizeIterator> ExactSizeIterator for Take<I> {}

pub struct Skip<I> {
    iter: I,
    n: usize,
}
impl<I: Iterator> Iterator for Skip<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for Skip<I> {
    fn next_back(&mut self) -> Option<I::Item>;
}
impl<I: ExactSizeIterator> ExactSizeIterator for Skip<I> {}

pub struct StepBy<I> {
    iter: I,
    step: usize,
}
impl<I: Iterator> Iterator for StepBy<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}
impl<I: DoubleEndedIterator + ExactSizeIterator> DoubleEndedIterator for StepBy<I> {
    fn next_back(&mut self) -> Option<I::Item>;
}
impl<I: ExactSizeIterator> ExactSizeIterator for StepBy<I> {}

pub struct TakeWhile<I, P> {
    iter: I,
    predicate: P,
}
impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for TakeWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}

pub struct SkipWhile<I, P> {
    iter: I,
    predicate: P,
}
impl<I: Iterator, P: FnMut(&I::Item) -> bool> Iterator for SkipWhile<I, P> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}

pub struct MapWhile<I, P> {
    iter: I,
    predicate: P,
}
impl<B, I: Iterator, P: FnMut(I::Item) -> Option<B>> Iterator for MapWhile<I, P> {
    type Item = B;
    fn next(&mut self) -> Option<B>;
}

pub struct Scan<I, St, F> {
    iter: I,
    f: F,
    state: St,
}
impl<B, I: Iterator, St, F: FnMut(&mut St, I::Item) -> Option<B>> Iterator for Scan<I, St, F> {
    type Item = B;
    fn next(&mut self) -> Option<B>;
}

pub struct FlatMap<I, U: IntoIterator, F> {
    iter: I,
    f: F,
    front: Option<U::IntoIter>,
}
impl<I: Iterator, U: IntoIterator, F: FnMut(I::Item) -> U> Iterator for FlatMap<I, U, F> {
    type Item = U::Item;
    fn next(&mut self) -> Option<U::Item>;
}

pub struct Flatten<I> {
    iter: I,
}
impl<I: Iterator> Iterator for Flatten<I> where I::Item: IntoIterator {
    type Item = <I::Item as IntoIterator>::Item;
    fn next(&mut self) -> Option<<I::Item as IntoIterator>::Item>;
}

pub struct Fuse<I> {
    iter: Option<I>,
}
impl<I: Iterator> Iterator for Fuse<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}

pub struct Inspect<I, F> {
    iter: I,
    f: F,
}
impl<I: Iterator, F: FnMut(&I::Item)> Iterator for Inspect<I, F> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}

pub struct Copied<I> {
    it: I,
}
impl<'a, I: Iterator<Item = &'a T>, T: 'a + Copy> Iterator for Copied<I> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
impl<'a, I: DoubleEndedIterator<Item = &'a T>, T: 'a + Copy> DoubleEndedIterator for Copied<I> {
    fn next_back(&mut self) -> Option<T>;
}
impl<'a, I: ExactSizeIterator<Item = &'a T>, T: 'a + Copy> ExactSizeIterator for Copied<I> {}

pub struct Cloned<I> {
    it: I,
}
impl<'a, I: Iterator<Item = &'a T>, T: 'a + Clone> Iterator for Cloned<I> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
impl<'a, I: DoubleEndedIterator<Item = &'a T>, T: 'a + Clone> DoubleEndedIterator for Cloned<I> {
    fn next_back(&mut self) -> Option<T>;
}
impl<'a, I: ExactSizeIterator<Item = &'a T>, T: 'a + Clone> ExactSizeIterator for Cloned<I> {}

pub struct Cycle<I> {
    orig: I,
    iter: I,
}
impl<I: Clone + Iterator> Iterator for Cycle<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item>;
}

// ── sources ──

pub struct Empty<T>(marker::PhantomData<T>);
impl<T> Iterator for Empty<T> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
pub fn empty<T>() -> Empty<T>;

pub struct Once<T> {
    inner: Option<T>,
}
impl<T> Iterator for Once<T> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
pub fn once<T>(value: T) -> Once<T>;

pub struct Repeat<A> {
    element: A,
}
impl<A: Clone> Iterator for Repeat<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}
impl<A: Clone> DoubleEndedIterator for Repeat<A> {
    fn next_back(&mut self) -> Option<A>;
}
// `Repeat` is endless, not `ExactSizeIterator`: taking from it is reversible all the same
impl<T: Clone> DoubleEndedIterator for Take<Repeat<T>> {
    fn next_back(&mut self) -> Option<T>;
}
pub fn repeat<T: Clone>(elt: T) -> Repeat<T>;

pub struct RepeatN<A> {
    element: A,
    count: usize,
}
impl<A: Clone> Iterator for RepeatN<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}
pub fn repeat_n<T: Clone>(element: T, count: usize) -> RepeatN<T>;

pub struct FromFn<F>(F);
impl<T, F: FnMut() -> Option<T>> Iterator for FromFn<F> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
pub fn from_fn<T, F: FnMut() -> Option<T>>(f: F) -> FromFn<F>;

pub struct Successors<T, F> {
    next: Option<T>,
    succ: F,
}
impl<T, F: FnMut(&T) -> Option<T>> Iterator for Successors<T, F> {
    type Item = T;
    fn next(&mut self) -> Option<T>;
}
pub fn successors<T, F: FnMut(&T) -> Option<T>>(first: Option<T>, succ: F) -> Successors<T, F>;
