// std::io: only what programs without files or stdin need (errors, stdout/stderr handles).

pub type Result<T> = result::Result<T, Error>;

pub struct Error {
    kind: ErrorKind,
}
impl Error {
    pub fn new<E: Into<Box<dyn error::Error + Send + Sync>>>(kind: ErrorKind, error: E) -> Error;
    pub fn other<E: Into<Box<dyn error::Error + Send + Sync>>>(error: E) -> Error;
    pub fn kind(&self) -> ErrorKind;
}
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}
impl error::Error for Error {}
impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error;
}

pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    InvalidInput,
    InvalidData,
    UnexpectedEof,
    Other,
}
impl Copy for ErrorKind {}
impl Clone for ErrorKind {
    fn clone(&self) -> ErrorKind;
}
impl PartialEq for ErrorKind {
    fn eq(&self, other: &ErrorKind) -> bool;
}
impl Eq for ErrorKind {}
impl fmt::Debug for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

pub trait Write {
    fn write(&mut self, buf: &[u8]) -> Result<usize>;
    fn flush(&mut self) -> Result<()>;
    #[provided]
    fn write_all(&mut self, buf: &[u8]) -> Result<()>;
    #[provided]
    fn write_fmt(&mut self, fmt: fmt::Arguments<'_>) -> Result<()>;
}

pub struct Stdout {
    fd: u8,
}
pub struct StdoutLock<'a> {
    inner: &'a Stdout,
}
pub struct Stderr {
    fd: u8,
}
pub fn stdout() -> Stdout;
pub fn stderr() -> Stderr;
impl Stdout {
    pub fn lock(&self) -> StdoutLock<'static>;
}
impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> Result<usize>;
    fn flush(&mut self) -> Result<()>;
}
impl Write for StdoutLock<'_> {
    fn write(&mut self, buf: &[u8]) -> Result<usize>;
    fn flush(&mut self) -> Result<()>;
}
impl Write for Stderr {
    fn write(&mut self, buf: &[u8]) -> Result<usize>;
    fn flush(&mut self) -> Result<()>;
}
impl Write for Vec<u8> {
    fn write(&mut self, buf: &[u8]) -> Result<usize>;
    fn flush(&mut self) -> Result<()>;
}

// Programs get no stdin: reads see end of input.
pub struct Stdin {
    fd: u8,
}
pub struct StdinLock<'a> {
    inner: &'a Stdin,
}
pub fn stdin() -> Stdin;
impl Stdin {
    pub fn lock(&self) -> StdinLock<'static>;
    pub fn read_line(&self, buf: &mut String) -> Result<usize>;
    pub fn lines(self) -> Lines<StdinLock<'static>>;
}
pub trait BufRead {
    fn read_line(&mut self, buf: &mut String) -> Result<usize>;
    #[provided]
    fn lines(self) -> Lines<Self> where Self: Sized;
}
impl BufRead for StdinLock<'_> {
    fn read_line(&mut self, buf: &mut String) -> Result<usize>;
}
pub struct Lines<B> {
    buf: B,
}
impl<B: BufRead> Iterator for Lines<B> {
    type Item = Result<String>;
    fn next(&mut self) -> Option<Result<String>>;
}
