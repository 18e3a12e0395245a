struct Guard;
impl Drop for Guard {
    fn drop(&mut self) { println!("drop"); }
}
fn main() {
    let mut g = Guard;
    g.drop();
}
