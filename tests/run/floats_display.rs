fn main() {
    let vals = [1.0f64, 0.1, 1e21, 1e20, 1e-7, 1.5e-7, 123456789.125, -0.0, 0.0, 1e15, 1e16, 1e300, 5e-324, f64::MAX, f64::MIN_POSITIVE, f64::EPSILON];
    for &v in vals.iter() {
        println!("{} {:?} {:e}", v, v, v);
    }
    let nan = f64::NAN;
    let inf = f64::INFINITY;
    println!("{} {:?} {} {} {:?}", nan, nan, inf, -inf, -inf);
    println!("{} {} {}", nan == nan, nan < 1.0, nan.is_nan());
    println!("[{:8}] [{:<8}] [{:+}] [{:08}] [{:.2}]", inf, nan, inf, -inf, nan);
    let z = -0.0f64;
    println!("{} {:?} {} {} {}", z, z, z == 0.0, z.is_sign_negative(), 1.0 / z);
    let fs = [1.0f32, 0.1, 0.1 + 0.2, 16777217.0, 1e-45, 1.17549435e-38, 2.5];
    for f in fs.iter() {
        println!("{} {:?}", f, f);
    }
    println!("{} {}", 0.1f64 + 0.2, 0.1f32 + 0.2f32);
    println!("{} {} {}", (2.0f64).sqrt(), (10.0f64).ln(), (1.0f64).exp());
    println!("{} {} {} {}", 2.5f64.round(), -2.5f64.round(), 2.7f64.floor(), -2.2f64.ceil());
    println!("{} {} {}", 7.5f64.trunc(), -7.5f64.fract(), 3.0f64.powi(4));
    println!("{} {} {}", 2.0f64.powf(0.5), 9.0f32.sqrt(), (-8.0f64).cbrt());
    println!("{} {} {}", 1.0f64.max(f64::NAN), f64::NAN.min(2.0), (-3.5f64).abs());
    println!("{} {} {}", 1.0f64.copysign(-2.0), 10.0f64.log10(), 8.0f64.log2());
    println!("{:?} {:?}", 1.0f64.to_string(), (0.3f64).to_string());
    println!("{:?} {:?} {:?}", "3.5".parse::<f64>(), "inf".parse::<f64>(), "x".parse::<f64>().is_err());
    println!("{} {}", f64::MAX + f64::MAX, -f64::MAX * 2.0);
    println!("{} {}", 0.0f64 / 0.0, 1.0f64 / 0.0);
    println!("{:?}", (1.0f64 / 3.0) as f32);
    println!("{}", 100.0f32 / 3.0);
    println!("{} {}", 1e7f32, 1.0e-5f32);
    let mut total = 0.0f64;
    for i in 1..=10 {
        total += 1.0 / i as f64;
    }
    println!("{} {:.10}", total, total);
    println!("{} {}", std::f64::consts::PI, std::f32::consts::E);
}
