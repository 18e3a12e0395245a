// Locals that are borrowed anywhere (printing borrows) or reassigned after a call are not
// propagated by rustc's lint, so these overflows are left to run time
fn note() {}

fn main() {
    let shown: u8 = 255;
    println!("{}", shown);
    let a = shown + 1;
    let mut count: u8 = 255;
    note();
    count += 1;
    let later: u8 = 255;
    let b = later + 1;
    println!("{} {} {}", a, count, later);
    let arr = [1, 2, 3];
    println!("{:?} {}", arr, b);
    let _ = arr[3];
}
