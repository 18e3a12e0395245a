// difftest seed 1000188: return_ref
fn biggest(v: &mut Vec<i32>) -> &mut i32 {
    v.iter_mut().max().unwrap()
}

fn main() {
    let mut readings = vec![21, 36, 7];
    println!("{:?}", readings);
}
