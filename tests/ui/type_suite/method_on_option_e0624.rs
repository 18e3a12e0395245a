fn main() {
    let v: Option<Vec<u8>> = Some(vec![1]);
    println!("{}", v.len());
}
