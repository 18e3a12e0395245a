// std::fmt: formatting traits and the Formatter the `{}` machinery passes to them.

pub type Result = result::Result<(), Error>;

pub struct Error;
impl Copy for Error {}
impl Clone for Error {
    fn clone(&self) -> Error;
}
impl Debug for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Display for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Default for Error {
    fn default() -> Error;
}
impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool;
}

pub trait Display {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

pub trait Debug {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait Octal {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait Binary {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

pub trait Write {
    fn write_str(&mut self, s: &str) -> Result;
    #[provided]
    fn write_char(&mut self, c: char) -> Result;
    #[provided]
    fn write_fmt(&mut self, args: Arguments<'_>) -> Result;
}

// What `format_args!` builds; the type checker gives `write!`/`format!` this type.
pub struct Arguments<'a> {
    pieces: &'a [&'static str],
}
impl<'a> Copy for Arguments<'a> {}
impl<'a> Clone for Arguments<'a> {
    fn clone(&self) -> Arguments<'a>;
}
impl Display for Arguments<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl Debug for Arguments<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

pub fn format(args: Arguments<'_>) -> String;

pub struct Formatter<'a> {
    buf: &'a mut (dyn Write + 'a),
}

pub enum Alignment {
    Left,
    Right,
    Center,
}

impl<'a> Formatter<'a> {
    pub fn write_str(&mut self, data: &str) -> Result;
    pub fn write_fmt(&mut self, fmt: Arguments<'_>) -> Result;
    pub fn pad(&mut self, s: &str) -> Result;
    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) -> Result;
    pub fn fill(&self) -> char;
    pub fn align(&self) -> Option<Alignment>;
    pub fn width(&self) -> Option<usize>;
    pub fn precision(&self) -> Option<usize>;
    pub fn sign_plus(&self) -> bool;
    pub fn sign_minus(&self) -> bool;
    pub fn alternate(&self) -> bool;
    pub fn sign_aware_zero_pad(&self) -> bool;
    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a>;
    pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a>;
    pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a>;
    pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b, 'a>;
    pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b, 'a>;
}
impl Write for Formatter<'_> {
    fn write_str(&mut self, s: &str) -> Result;
}

pub struct DebugStruct<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
}
impl<'a, 'b: 'a> DebugStruct<'a, 'b> {
    pub fn field(&mut self, name: &str, value: &dyn Debug) -> &mut DebugStruct<'a, 'b>;
    pub fn finish_non_exhaustive(&mut self) -> Result;
    pub fn finish(&mut self) -> Result;
}
pub struct DebugTuple<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
}
impl<'a, 'b: 'a> DebugTuple<'a, 'b> {
    pub fn field(&mut self, value: &dyn Debug) -> &mut DebugTuple<'a, 'b>;
    pub fn finish(&mut self) -> Result;
}
pub struct DebugList<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
}
impl<'a, 'b: 'a> DebugList<'a, 'b> {
    pub fn entry(&mut self, entry: &dyn Debug) -> &mut DebugList<'a, 'b>;
    pub fn entries<D: Debug, I: IntoIterator<Item = D>>(&mut self, entries: I) -> &mut DebugList<'a, 'b>;
    pub fn finish(&mut self) -> Result;
}
pub struct DebugSet<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
}
impl<'a, 'b: 'a> DebugSet<'a, 'b> {
    pub fn entry(&mut self, entry: &dyn Debug) -> &mut DebugSet<'a, 'b>;
    pub fn entries<D: Debug, I: IntoIterator<Item = D>>(&mut self, entries: I) -> &mut DebugSet<'a, 'b>;
    pub fn finish(&mut self) -> Result;
}
pub struct DebugMap<'a, 'b: 'a> {
    fmt: &'a mut Formatter<'b>,
}
impl<'a, 'b: 'a> DebugMap<'a, 'b> {
    pub fn entry(&mut self, key: &dyn Debug, value: &dyn Debug) -> &mut DebugMap<'a, 'b>;
    pub fn entries<K: Debug, V: Debug, I: IntoIterator<Item = (K, V)>>(&mut self, entries: I) -> &mut DebugMap<'a, 'b>;
    pub fn finish(&mut self) -> Result;
}

// Formatting through references and smart pointers formats the referent.
impl<T: ?Sized + Display> Display for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Display> Display for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Debug> Debug for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Debug> Debug for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + LowerHex> LowerHex for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + LowerHex> LowerHex for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + UpperHex> UpperHex for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + UpperHex> UpperHex for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Octal> Octal for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Octal> Octal for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Binary> Binary for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + Binary> Binary for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + LowerExp> LowerExp for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + LowerExp> LowerExp for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + UpperExp> UpperExp for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized + UpperExp> UpperExp for &mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized> Debug for *const T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized> Debug for *mut T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
impl<T: ?Sized> Pointer for &T {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait Pointer {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
