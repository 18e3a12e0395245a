fn main() {
    let n = 600;
    let v: Vec<i64> = (0..n).map(|i| (i * 7 % 13) as i64).collect();
    let mut total: i64 = 0;
    for i in 0..v.len() {
        for j in 0..v.len() {
            if (i + j) % 3 == 0 {
                total += v[i] * v[j];
            } else {
                total -= v[j];
            }
        }
    }
    println!("total = {}", total);
}
