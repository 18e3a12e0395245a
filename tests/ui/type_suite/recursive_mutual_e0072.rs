struct Wrapper<T> { inner: T }
struct Chain { link: Wrapper<(u8, Chain)> }
fn main() {}
