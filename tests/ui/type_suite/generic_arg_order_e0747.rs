struct Holder<'a, T>(&'a T);
fn f<'a>(h: Holder<u8, 'a>) {}
fn main() {}
