// only the last field of a struct may be unsized
struct Bad { data: [u8], len: usize }
fn main() {
    println!("bad");
}
