// an auto-ref'd method call on a packed field borrows it
#[repr(packed)]
struct Header { tag: u8, len: u32 }
fn main() {
    let h = Header { tag: 1, len: 20 };
    let text = h.len.to_string();
    println!("{} {}", { h.tag }, text);
}
