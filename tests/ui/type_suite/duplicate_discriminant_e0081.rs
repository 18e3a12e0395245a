enum Code { Ok = 1, Fine = 1 }
fn main() {}
