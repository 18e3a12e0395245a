struct Counter;
impl Iterator for Counter {
    fn next(&mut self) -> Option<u32> { None }
}
fn main() {}
