// regions: `iter_mut().max()` compares `&mut i32` items (Ord for &mut A) and returns one of them
fn biggest(v: &mut Vec<i32>) -> &mut i32 {
    v.iter_mut().max().unwrap()
}
fn main() {
    let mut readings = vec![21, 36, 7];
    *biggest(&mut readings) += 1;
    let mut a = 3; let mut b = 5;
    let (x, y) = (&mut a, &mut b);
    println!("{:?} {} {:?}", readings, x < y, x.cmp(&y));
    let m = readings.iter_mut().min_by_key(|r| **r).unwrap();
    *m = 0;
    println!("{:?}", readings);
}
