enum Status { Idle = 3, Busy = 2, Done }
fn main() { println!("{}", Status::Idle as u8); }
