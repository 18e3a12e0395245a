struct Plain;
fn take<T: Plain>(t: T) {}
fn main() {}
