// arithmetic_overflow / unconditional_panic through reassigned locals, but not across branches
fn main() {
    let mut x: u8 = 255;
    x += 1;
    let mut y: i32 = i32::MAX;
    y = y + 1;
    let arr = [1, 2, 3];
    let mut i = 2;
    i += 5;
    let _ = arr[i];
    let z: u8 = 200;
    let w = z * 2;
    let mut q = 10;
    if w > 3 { q = 0; }
    let _ = 100 / q;
    for k in 0..3 { let _ = arr[k + 5]; }
    let t = (1u8, 255u8);
    let _ = t.1 + 1;
    let neg = -i32::MIN;
    let sh = 1i32 << 40;
}
