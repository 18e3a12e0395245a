// std::num: parse errors and non-zero integers (integer methods are in primitives.rs).

pub struct ParseIntError {
    kind: IntErrorKind,
}
impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind;
}
impl fmt::Debug for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl Clone for ParseIntError {
    fn clone(&self) -> ParseIntError;
}
impl PartialEq for ParseIntError {
    fn eq(&self, other: &ParseIntError) -> bool;
}
impl Eq for ParseIntError {}
impl error::Error for ParseIntError {}

pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}
impl fmt::Debug for IntErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl PartialEq for IntErrorKind {
    fn eq(&self, other: &IntErrorKind) -> bool;
}
impl Clone for IntErrorKind {
    fn clone(&self) -> IntErrorKind;
}

pub struct ParseFloatError {
    kind: u8,
}
impl fmt::Debug for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl Clone for ParseFloatError {
    fn clone(&self) -> ParseFloatError;
}
impl PartialEq for ParseFloatError {
    fn eq(&self, other: &ParseFloatError) -> bool;
}
impl error::Error for ParseFloatError {}

pub struct TryFromIntError(());
impl fmt::Debug for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl Clone for TryFromIntError {
    fn clone(&self) -> TryFromIntError;
}
impl Copy for TryFromIntError {}
impl PartialEq for TryFromIntError {
    fn eq(&self, other: &TryFromIntError) -> bool;
}
impl error::Error for TryFromIntError {}

pub struct NonZeroUsize(usize);
impl NonZeroUsize {
    pub const fn new(n: usize) -> Option<NonZeroUsize>;
    pub const fn get(self) -> usize;
}
impl Copy for NonZeroUsize {}
impl Clone for NonZeroUsize {
    fn clone(&self) -> NonZeroUsize;
}
impl fmt::Debug for NonZeroUsize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for NonZeroUsize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub struct Wrapping<T>(pub T);
impl<T: Copy> Copy for Wrapping<T> {}
impl<T: Clone> Clone for Wrapping<T> {
    fn clone(&self) -> Wrapping<T>;
}
impl<T: fmt::Debug> fmt::Debug for Wrapping<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl<T: fmt::Display> fmt::Display for Wrapping<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
