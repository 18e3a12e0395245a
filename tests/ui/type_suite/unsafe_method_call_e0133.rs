struct Buf { data: Vec<u8> }
impl Buf {
    unsafe fn first_unchecked(&self) -> u8 { self.data[0] }
}
fn main() {
    let b = Buf { data: vec![9] };
    let x = b.first_unchecked();
    println!("{}", x);
}
