// std::process

pub fn exit(code: i32) -> !;
pub fn abort() -> !;
pub fn id() -> u32;

// What `main` may return.
pub trait Termination {
    fn report(self) -> ExitCode;
}
pub struct ExitCode(u8);
impl ExitCode {
    pub const SUCCESS: ExitCode = ExitCode(0);
    pub const FAILURE: ExitCode = ExitCode(1);
}
impl From<u8> for ExitCode {
    fn from(code: u8) -> ExitCode;
}
impl Termination for () {
    fn report(self) -> ExitCode;
}
impl Termination for ExitCode {
    fn report(self) -> ExitCode;
}
impl Termination for ! {
    fn report(self) -> ExitCode;
}
impl<T: Termination, E: fmt::Debug> Termination for Result<T, E> {
    fn report(self) -> ExitCode;
}
