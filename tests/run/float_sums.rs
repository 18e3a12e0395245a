fn main() {
    let v: Vec<f32> = vec![0.1, 0.2, 0.3];
    let s: f32 = v.iter().sum();
    let p: f32 = v.iter().product();
    println!("{} {}", s, p);
    let e: Vec<f64> = Vec::new();
    let z: f64 = e.iter().sum();
    let o: f64 = e.iter().product();
    println!("{} {:?} {}", z, z, o);
    let w = [1e16f64, 1.0, -1e16];
    println!("{}", w.iter().sum::<f64>());
    let m = v.iter().cloned().fold(f32::MIN, f32::max);
    println!("{}", m);
    let avg = v.iter().sum::<f32>() / v.len() as f32;
    println!("{}", avg);
    let ints = [1u64, 2, 3];
    println!("{}", ints.iter().map(|&x| x as f64 * 0.1).sum::<f64>());
    let neg: Vec<f64> = vec![-0.0];
    println!("{:?}", neg.iter().sum::<f64>());
}
