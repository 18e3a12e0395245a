// `break &x`, `break -x`, `break *r` carry a value
fn main() {
    let v = vec![4, 5];
    let n = 7;
    let a = loop { break &v; };
    let b = 'blk: { if n > 3 { break 'blk -n; } 0 };
    let r = &n;
    let c = loop { break *r * 2; };
    println!("{:?} {} {}", a, b, c);
}
