#[derive(Clone, Copy)]
union Bits { u: u32, f: f32, i: i32 }
union Wide { whole: u64, d: f64, low: u16, b: u8, flag: bool }
fn to_bits(x: f32) -> u32 { let b = Bits { f: x }; unsafe { b.u } }
fn main() {
    for x in [1.0f32, -2.5, 0.1, f32::INFINITY] {
        println!("{} -> {:#010x}", x, to_bits(x));
    }
    let mut b = Bits { i: -1 };
    let copy = b;
    unsafe {
        println!("{} {}", b.u, b.f.is_nan());
        b.u = 0x3f800000;
        println!("{} {} {}", b.f, b.i, copy.i);
    }
    let mut w = Wide { d: -0.0 };
    unsafe {
        println!("{:#x} {} {}", w.whole, w.low, w.b);
        w.whole = 0x4000_0000_0000_0001;
        println!("{} {} {}", w.d, w.low, w.flag);
        w.b = 0;
        println!("{:#x} {}", w.whole, w.flag);
    }
}
