// copying packed fields and borrowing byte-aligned ones is fine
#[repr(packed)]
struct Header { tag: u8, flags: [u8; 2], len: u32 }
fn main() {
    let mut h = Header { tag: 1, flags: [0, 1], len: 20 };
    h.len += 1;
    let len = h.len;
    let flags = &h.flags;
    let tag = &h.tag;
    println!("{} {:?} {}", len, flags, tag);
}
