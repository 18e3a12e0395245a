// std::ops: operator traits, Drop, Deref, the Fn traits and ranges.
// Arithmetic impls for primitive types are in primitives.rs (generated).

pub trait Drop {
    fn drop(&mut self);
}

pub trait Deref {
    type Target: ?Sized;
    fn deref(&self) -> &Self::Target;
}

pub trait DerefMut: Deref {
    fn deref_mut(&mut self) -> &mut Self::Target;
}

pub trait Index<Idx: ?Sized> {
    type Output: ?Sized;
    fn index(&self, index: Idx) -> &Self::Output;
}

pub trait IndexMut<Idx: ?Sized>: Index<Idx> {
    fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
}

// The call traits take their arguments as one tuple `Args`, as rustc's do.
pub trait FnOnce<Args> {
    type Output;
    fn call_once(self, args: Args) -> Self::Output;
}

pub trait FnMut<Args>: FnOnce<Args> {
    fn call_mut(&mut self, args: Args) -> Self::Output;
}

pub trait Fn<Args>: FnMut<Args> {
    fn call(&self, args: Args) -> Self::Output;
}

pub trait Add<Rhs = Self> {
    type Output;
    fn add(self, rhs: Rhs) -> Self::Output;
}
pub trait Sub<Rhs = Self> {
    type Output;
    fn sub(self, rhs: Rhs) -> Self::Output;
}
pub trait Mul<Rhs = Self> {
    type Output;
    fn mul(self, rhs: Rhs) -> Self::Output;
}
pub trait Div<Rhs = Self> {
    type Output;
    fn div(self, rhs: Rhs) -> Self::Output;
}
pub trait Rem<Rhs = Self> {
    type Output;
    fn rem(self, rhs: Rhs) -> Self::Output;
}
pub trait BitAnd<Rhs = Self> {
    type Output;
    fn bitand(self, rhs: Rhs) -> Self::Output;
}
pub trait BitOr<Rhs = Self> {
    type Output;
    fn bitor(self, rhs: Rhs) -> Self::Output;
}
pub trait BitXor<Rhs = Self> {
    type Output;
    fn bitxor(self, rhs: Rhs) -> Self::Output;
}
pub trait Shl<Rhs = Self> {
    type Output;
    fn shl(self, rhs: Rhs) -> Self::Output;
}
pub trait Shr<Rhs = Self> {
    type Output;
    fn shr(self, rhs: Rhs) -> Self::Output;
}
pub trait Neg {
    type Output;
    fn neg(self) -> Self::Output;
}
pub trait Not {
    type Output;
    fn not(self) -> Self::Output;
}

pub trait AddAssign<Rhs = Self> {
    fn add_assign(&mut self, rhs: Rhs);
}
pub trait SubAssign<Rhs = Self> {
    fn sub_assign(&mut self, rhs: Rhs);
}
pub trait MulAssign<Rhs = Self> {
    fn mul_assign(&mut self, rhs: Rhs);
}
pub trait DivAssign<Rhs = Self> {
    fn div_assign(&mut self, rhs: Rhs);
}
pub trait RemAssign<Rhs = Self> {
    fn rem_assign(&mut self, rhs: Rhs);
}
pub trait BitAndAssign<Rhs = Self> {
    fn bitand_assign(&mut self, rhs: Rhs);
}
pub trait BitOrAssign<Rhs = Self> {
    fn bitor_assign(&mut self, rhs: Rhs);
}
pub trait BitXorAssign<Rhs = Self> {
    fn bitxor_assign(&mut self, rhs: Rhs);
}
pub trait ShlAssign<Rhs = Self> {
    fn shl_assign(&mut self, rhs: Rhs);
}
pub trait ShrAssign<Rhs = Self> {
    fn shr_assign(&mut self, rhs: Rhs);
}

// `?`: rustc desugars it through Try/FromResidual; the model keeps the two residual
// conversions that matter (Option -> Option, Result<_, E> -> Result<_, F: From<E>>).
pub trait Try: FromResidual<Self::Residual> {
    type Output;
    type Residual;
    fn from_output(output: Self::Output) -> Self;
    fn branch(self) -> ControlFlow<Self::Residual, Self::Output>;
}
pub trait FromResidual<R> {
    fn from_residual(residual: R) -> Self;
}
pub enum ControlFlow<B, C = ()> {
    Continue(C),
    Break(B),
}

// Ranges: `a..b`, `a..=b`, `a..`, `..b`, `..=b`, `..`.
pub struct Range<Idx> {
    pub start: Idx,
    pub end: Idx,
}
pub struct RangeInclusive<Idx> {
    start: Idx,
    end: Idx,
    exhausted: bool,
}
pub struct RangeFrom<Idx> {
    pub start: Idx,
}
pub struct RangeTo<Idx> {
    pub end: Idx,
}
pub struct RangeToInclusive<Idx> {
    pub end: Idx,
}
pub struct RangeFull;

impl<Idx: PartialOrd<Idx>> Range<Idx> {
    pub fn contains<U: ?Sized + PartialOrd<Idx>>(&self, item: &U) -> bool where Idx: PartialOrd<U>;
    pub fn is_empty(&self) -> bool;
}
impl<Idx: PartialOrd<Idx>> RangeInclusive<Idx> {
    pub fn contains<U: ?Sized + PartialOrd<Idx>>(&self, item: &U) -> bool where Idx: PartialOrd<U>;
    pub fn is_empty(&self) -> bool;
}
impl<Idx> RangeInclusive<Idx> {
    pub const fn new(start: Idx, end: Idx) -> RangeInclusive<Idx>;
    pub const fn start(&self) -> &Idx;
    pub const fn end(&self) -> &Idx;
}
impl<Idx: PartialOrd<Idx>> RangeFrom<Idx> {
    pub fn contains<U: ?Sized + PartialOrd<Idx>>(&self, item: &U) -> bool where Idx: PartialOrd<U>;
}

impl<Idx: Clone> Clone for Range<Idx> {
    fn clone(&self) -> Range<Idx>;
}
impl<Idx: Clone> Clone for RangeInclusive<Idx> {
    fn clone(&self) -> RangeInclusive<Idx>;
}
impl<Idx: Clone> Clone for RangeFrom<Idx> {
    fn clone(&self) -> RangeFrom<Idx>;
}
impl<Idx: fmt::Debug> fmt::Debug for Range<Idx> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<Idx: fmt::Debug> fmt::Debug for RangeInclusive<Idx> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<Idx: PartialEq> PartialEq for Range<Idx> {
    fn eq(&self, other: &Range<Idx>) -> bool;
}
impl<Idx: PartialEq> PartialEq for RangeInclusive<Idx> {
    fn eq(&self, other: &RangeInclusive<Idx>) -> bool;
}

// Ranges of integers and chars iterate (Step is folded into the impls).
impl<A: iter::Step> Iterator for Range<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}
impl<A: iter::Step> DoubleEndedIterator for Range<A> {
    fn next_back(&mut self) -> Option<A>;
}
impl<A: iter::Step> ExactSizeIterator for Range<A> {}
impl<A: iter::Step> Iterator for RangeInclusive<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}
impl<A: iter::Step> DoubleEndedIterator for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A>;
}
impl<A: iter::Step> Iterator for RangeFrom<A> {
    type Item = A;
    fn next(&mut self) -> Option<A>;
}

// Range arguments accepted by `drain`, slicing and friends.
pub trait RangeBounds<T: ?Sized> {}
impl<T> RangeBounds<T> for Range<T> {}
impl<T> RangeBounds<T> for RangeInclusive<T> {}
impl<T> RangeBounds<T> for RangeFrom<T> {}
impl<T> RangeBounds<T> for RangeTo<T> {}
impl<T> RangeBounds<T> for RangeToInclusive<T> {}
impl<T: ?Sized> RangeBounds<T> for RangeFull {}
