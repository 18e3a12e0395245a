use std::fmt::self;
fn main() {}
