fn main() {
    let r = u8::try_from(300i32);
    println!("{:?}", r.is_err());
}
