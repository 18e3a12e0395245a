// smart pointers: an array of u16 boxed where a boxed slice of u8 is expected
struct Frame {
    bytes: Box<[u8]>,
}

fn main() {
    let f = Frame { bytes: Box::new([1u16, 2, 3]) };
    println!("{}", f.bytes.len());
}
